using Simulator.Model.Randomness;

namespace Simulator.Model.Customers;

/// <summary>
/// The need that drives the experience: it starts when the customer recognises it, lasts a drawn
/// time and ends; when it ends a customer leaves (Russian CEM article: the experience starts when
/// the need is recognised and ends when it is gone).
/// </summary>
public static class Needs
{
    /// <summary>Recognises a new need or counts down the current one.</summary>
    public static void Advance(ref CustomerState c, StepContext ctx, CounterRandom random, IStepRecorder recorder)
    {
        var segment = ctx.Scenario.Segments[c.Segment];
        if (!c.HasNeed)
        {
            if (!c.IsCustomer && random.Chance(segment.NeedRecognitionPerWeek, ctx.Tick, DrawPurpose.NeedRecognition))
            {
                Start(ref c, segment, random, ctx.Tick);
                c.Stage = LifecycleStage.Considering;
                recorder.Note(LifeEvent.NeedRecognised, -1);
            }

            return;
        }

        if (c.NeedWeeksLeft < 0 || --c.NeedWeeksLeft > 0)
        {
            return;
        }

        c.HasNeed = false;
        recorder.Note(LifeEvent.NeedEnded, c.Brand);
        if (c.IsCustomer)
        {
            Retention.Leave(ref c, ctx, ChurnReason.NeedEnded, recorder);
        }
        else
        {
            c.Stage = c.EverCustomer != 0 ? LifecycleStage.Churned : LifecycleStage.Prospect;
        }
    }

    /// <summary>Gives the customer a need with a drawn duration (or a permanent one).</summary>
    public static void Start(ref CustomerState c, Scenarios.SegmentSpec segment, CounterRandom random, int tick)
    {
        c.HasNeed = true;
        c.NeedWeeksLeft = segment.PermanentNeed
            ? (short)-1
            : (short)random.GeometricWeeks(segment.MeanNeedWeeks / c.Traits.Fickleness, tick, DrawPurpose.NeedDuration);
    }
}
