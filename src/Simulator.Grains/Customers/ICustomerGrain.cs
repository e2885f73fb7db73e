using Simulator.Grains.Messages;
using Simulator.Model.Customers;

namespace Simulator.Grains.Customers;

/// <summary>One simulated customer of one replicate, keyed by (customer id, "runId/replicate").</summary>
public interface ICustomerGrain : IGrainWithIntegerCompoundKey
{
    /// <summary>Creates the customer's state at week 0 and returns it.</summary>
    Task<CustomerState> InitializeAsync(RunSpec spec);

    /// <summary>Takes up <paramref name="state"/>, saved in a checkpoint, as the customer's state (replaying from a checkpoint).</summary>
    Task RestoreAsync(RunSpec spec, CustomerState state);

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
