using System.Net;
using System.Net.Sockets;

namespace Simulator.Grains.Hosting;

/// <summary>Finds TCP ports nobody listens on, so several embedded silos can run on one machine.</summary>
public static class FreePorts
{
    /// <summary>A port free on the loopback interface at the time of the call.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
