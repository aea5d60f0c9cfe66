using Myelin.Domain.Protocols;

namespace Myelin.Domain.Tests.Protocols;

/// <summary>A small valid protocol that error tests change one piece of, and helpers to find where a piece sits.</summary>
internal static class MinimalProtocol
{
    public const string FileName = "test.yaml";

    public const string Yaml = """
        format: myelin.protocol/1
        study:
          id: mini
          title: Minimal study
          design:
            type: randomised
            blinding: double
          target_enrolment: 20
          sites:
            - id: site-a
              name: Site A
        arms:
          - code: mk7
            label: MK-7
            product: MK-7 capsule
            dose: { amount: 100, unit: mcg }
            times_per_day: 2
            duration_weeks: 8
            kind: active
            allocation_ratio: 1
          - code: placebo
            label: Placebo
            product: Placebo capsule
            dose: { amount: 1, unit: capsule }
            times_per_day: 2
            duration_weeks: 8
            kind: placebo
            allocation_ratio: 1
        schedule:
          treatment: { start_week: 0, end_week: 8 }
          follow_up: { start_week: 8, end_week: 12 }
          events:
            - id: diary
              label: Diary
              repeat: { every_weeks: 4, from_week: 0, to_week: 12 }
              window: { before: 0, after: 2 }
              instruments: [symptoms]
            - id: visit-w4
              label: Week 4 visit
              day: 28
              window: { before: 3, after: 3 }
              instruments: [labs]
        instruments:
          - id: symptoms
            label: Symptoms
            items:
              - id: tingling
                label: Tingling
                type: vas
                step: 0.5
              - id: numbness
                label: Numbness
                type: vas
              - id: global
                label: Overall
                type: vas
            scores:
              - id: overall
                item: global
              - id: mean
                mean_of: [tingling, numbness]
                min_items: 1
          - id: labs
            label: Labs
            items:
              - id: b12
                label: Serum B12
                type: decimal
                unit: pg/mL
                min: 20
                max: 5000
          - id: screening
            label: Screening
            items:
              - id: etiology
                label: Etiology
                type: choice
                choices:
                  - { code: b12, label: B12 deficiency }
                  - { code: t2dm, label: Type 2 diabetes }
                  - { code: both, label: Both }
              - id: baseline_vas
                label: Baseline VAS
                type: vas
              - id: vka_use
                label: VKA use
                type: yesno
              - id: age
                label: Age
                type: integer
                min: 0
                max: 120
              - id: notes
                label: Notes
                type: text
                required: false
        screening:
          instrument: screening
          criteria:
            - id: etiology
              label: B12 and/or T2DM
              rule: etiology in [b12, t2dm, both]
            - id: symptomatic
              label: VAS at least 4
              rule: baseline_vas >= 4
            - id: no-vka
              label: VKA use
              kind: exclusion
              rule: vka_use == yes
        stratification:
          severity:
            instrument: symptoms
            score: overall
            event: diary-w0
            bands:
              - { code: moderate, from: 0, to: 8 }
              - { code: severe, from: 8 }
          etiology:
            item: etiology
            strata:
              - { code: b12, values: [b12, both] }
              - { code: dm, values: [t2dm] }
        endpoints:
          - id: primary
            label: Overall change to week 8
            role: primary
            kind: change
            instrument: symptoms
            score: overall
            from_event: diary-w0
            to_event: diary-w8
          - id: responder-30
            label: 30% responder
            role: secondary
            kind: responder
            instrument: symptoms
            score: overall
            from_event: diary-w0
            to_event: diary-w8
            reduction_percent: 30
        """;

    public static Protocol Protocol
    {
        get
        {
            var result = ProtocolLoader.Load(Yaml, FileName);
            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
            return result.Protocol!;
        }
    }

    /// <summary>The minimal protocol with one exact piece of text replaced (which must occur exactly once).</summary>
    public static string With(string original, string replacement)
    {
        var first = Yaml.IndexOf(original, StringComparison.Ordinal);
        Assert.True(first >= 0, $"'{original}' not in the minimal protocol");
        Assert.True(Yaml.IndexOf(original, first + 1, StringComparison.Ordinal) < 0, $"'{original}' occurs more than once");
        return string.Concat(Yaml.AsSpan(0, first), replacement, Yaml.AsSpan(first + original.Length));
    }

    /// <summary>1-based line and column of the first occurrence of <paramref name="needle"/> (after <paramref name="after"/> when given).</summary>
    public static (int Line, int Column) Find(string yaml, string needle, string? after = null)
    {
        var start = after is null ? 0 : yaml.IndexOf(after, StringComparison.Ordinal);
        var index = yaml.IndexOf(needle, Math.Max(0, start), StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{needle}' not found");
        var line = 1 + yaml.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : yaml.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart + 1);
    }

    /// <summary>Loads text and returns its single error.</summary>
    public static ProtocolError SingleError(string yaml)
    {
        var result = ProtocolLoader.Load(yaml, FileName);
        Assert.Null(result.Protocol);
        return Assert.Single(result.Errors);
    }
}
