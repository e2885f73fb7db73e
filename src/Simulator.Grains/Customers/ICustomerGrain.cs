using Simulator.Grains.Messages;
using Simulator.Model.Customers;

namespace Simulator.Grains.Customers;

/// <summary>One simulated customer of one replicate, keyed by (customer id, "runId/replicate").</summary>
public interface ICustomerGrain : IGrainWithIntegerCompoundKey
{
    /// <summary>
    /// Creates the customer's state at week 0 and returns it, for the begin <paramref name="generation"/>: orders of
    /// any other generation are refused from then on.
    /// </summary>
    Task<CustomerState> InitializeAsync(RunSpec spec, int generation = 0);

    /// <summary>
    /// Takes up <paramref name="state"/>, saved in a checkpoint, as the customer's state (replaying from a
    /// checkpoint) for the resume <paramref name="generation"/>: a call left over from before is refused.
    /// </summary>
    Task RestoreAsync(RunSpec spec, CustomerState state, int generation = 0);

    /// <summary>
    /// Lives the block of weeks of <paramref name="order"/> and returns what each week from its first changed
    /// week on produced, now and (when they ran before in the block) then.
    /// </summary>
    Task<CustomerRun> StepAsync(CustomerOrder order);

    /// <summary>The customer's current state (for inspection and tests).</summary>
    Task<CustomerState> GetStateAsync();

    /// <summary>Deactivates the customer when the replicate is over.</summary>
    Task EndAsync();
}
