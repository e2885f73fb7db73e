# Sourced by the *-gallery.sh scripts, from the repository's root: a private work folder removed on exit, the
# Release build, and `cxsim` to run it.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build src/Simulator.Cli -c Release -v q -nologo >/dev/null
cxsim() { dotnet src/Simulator.Cli/bin/Release/net10.0/cxsim.dll "$@"; }
