#pragma once

#include "venue/ratingfit.h"

#include <core/result.h>

#include <cstddef>
#include <vector>

namespace dojo::venue::internal {

// Every rack two players played against each other, added up over all their results.
struct PairRacks
{
    int a = 0;
    int b = 0;
    double racksA = 0; // racks a won
    double racksB = 0;
};

// The strengths s (a rating times ln 2 / 100, so that P(a wins a rack) = sigmoid(s_a - s_b))
// that maximize the log-likelihood of the racks plus each player's prior: `priorRacks` racks,
// half won and half lost, against a fixed opponent of strength `priors[i]`.
struct StrengthProblem
{
    std::vector<double> priors;
    std::vector<PairRacks> pairs;
    double priorRacks = 20;
    double tolerance = 0; // in strength: the fit stops when no strength moves further
    int maxIterations = 200;
};

struct SolvedStrengths
{
    std::vector<double> strengths;
    int newtonIterations = 0;
    int conjugateGradientIterations = 0; // over every Newton step
    bool settled = false;                // no strength moved further than the tolerance
};

// Newton's method: each step solves the Hessian by preconditioned conjugate gradients (products
// over the pairs, a Jacobi preconditioner) and is shortened by a backtracking line search on the
// log-likelihood. The prior makes the function strictly concave, so the maximum exists and is
// unique, even for a player who won every rack.
SolvedStrengths solveStrengths(const StrengthProblem &problem);

// fitRatings with what the fit took, for the benchmark.
struct RatingFitReport
{
    std::vector<FittedRating> ratings;
    size_t pairs = 0; // pairs of players who played each other
    int newtonIterations = 0;
    int conjugateGradientIterations = 0;
};
Result<RatingFitReport> fitRatingsReported(const std::vector<double> &starters,
                                           const std::vector<RacksPlayed> &results,
                                           const RatingFitOptions &options);

} // namespace dojo::venue::internal
