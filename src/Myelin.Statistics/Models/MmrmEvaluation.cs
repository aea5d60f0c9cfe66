namespace Myelin.Statistics.Models;

/// <summary>One evaluation of the REML objective: f = −ℓ_R, β̂, Φ = (X'WX)⁻¹, the Σ-gradient G and each visit pattern's Σᵢ⁻¹.</summary>
internal sealed record MmrmEvaluation(double Objective, double[] Beta, double[] Phi, double[]? Gradient, double[][] PatternInverses);
