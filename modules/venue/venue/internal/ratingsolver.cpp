#include "venue/internal/ratingsolver.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace dojo::venue::internal {

namespace {

// The conjugate gradients stop when the residual is this small beside the gradient: a Newton
// step this exact keeps the quadratic convergence.
constexpr double kResidualRatio = 1e-6;
constexpr double kArmijo = 1e-4;
constexpr int kMostHalvings = 60;
constexpr double kLeastCurvature = 1e-300;

double sigmoid(double x)
{
    if (x >= 0)
        return 1.0 / (1.0 + std::exp(-x));
    const double e = std::exp(x);
    return e / (1.0 + e);
}

// log(sigmoid(x)) without overflow or loss for large |x|.
double logSigmoid(double x)
{
    if (x >= 0)
        return -std::log1p(std::exp(-x));
    return x - std::log1p(std::exp(x));
}

double dot(const std::vector<double> &x, const std::vector<double> &y)
{
    double sum = 0;
    for (size_t i = 0; i < x.size(); ++i)
        sum += x[i] * y[i];
    return sum;
}

// The problem's pairs as parallel arrays, for the products over them.
struct Pairs
{
    std::vector<int> a;
    std::vector<int> b;
    std::vector<double> racksA;
    std::vector<double> racks;  // both players' racks
    std::vector<double> weight; // racks * sigmoid * (1 - sigmoid) at the current strengths
};

class Fit
{
public:
    explicit Fit(const StrengthProblem &problem)
        : m_problem(problem)
        , m_count(problem.priors.size())
    {
        const size_t pairCount = problem.pairs.size();
        m_pairs.a.reserve(pairCount);
        m_pairs.b.reserve(pairCount);
        m_pairs.racksA.reserve(pairCount);
        m_pairs.racks.reserve(pairCount);
        for (const PairRacks &pair : problem.pairs) {
            m_pairs.a.push_back(pair.a);
            m_pairs.b.push_back(pair.b);
            m_pairs.racksA.push_back(pair.racksA);
            m_pairs.racks.push_back(pair.racksA + pair.racksB);
        }
        m_pairs.weight.assign(pairCount, 0.0);
        m_priorWeight.assign(m_count, 0.0);
    }

    SolvedStrengths solve()
    {
        SolvedStrengths solved;
        std::vector<double> s = m_problem.priors;
        std::vector<double> gradient(m_count);
        std::vector<double> step(m_count);
        std::vector<double> trial(m_count);
        while (solved.newtonIterations < m_problem.maxIterations) {
            ++solved.newtonIterations;
            const double likelihood = gradientAndCurvature(s, gradient);
            solved.conjugateGradientIterations += newtonStep(gradient, step);
            double longest = 0;
            for (const double move : step)
                longest = std::max(longest, std::abs(move));
            // Near the maximum the full Newton step is right, and a likelihood that large no
            // longer resolves the gain: take it and stop.
            if (longest <= m_problem.tolerance) {
                for (size_t i = 0; i < m_count; ++i)
                    s[i] += step[i];
                solved.settled = true;
                break;
            }
            const double slope = dot(gradient, step);
            double length = 1.0;
            bool improved = false;
            for (int halving = 0; halving < kMostHalvings; ++halving, length /= 2) {
                for (size_t i = 0; i < m_count; ++i)
                    trial[i] = s[i] + length * step[i];
                if (logLikelihood(trial) >= likelihood + kArmijo * length * slope) {
                    improved = true;
                    break;
                }
            }
            if (!improved) { // rounding: nothing better lies along the step
                solved.settled = true;
                break;
            }
            s.swap(trial);
            if (length * longest <= m_problem.tolerance) {
                solved.settled = true;
                break;
            }
        }
        solved.strengths = std::move(s);
        return solved;
    }

private:
    // The log-likelihood at s, its gradient, and the curvature weights of the pairs and priors.
    double gradientAndCurvature(const std::vector<double> &s, std::vector<double> &gradient)
    {
        const double half = m_problem.priorRacks / 2;
        double likelihood = 0;
        for (size_t i = 0; i < m_count; ++i) {
            const double gap = s[i] - m_problem.priors[i];
            const double chance = sigmoid(gap);
            gradient[i] = half * (1.0 - 2.0 * chance);
            m_priorWeight[i] = m_problem.priorRacks * chance * (1.0 - chance);
            likelihood += half * (logSigmoid(gap) + logSigmoid(-gap));
        }
        for (size_t k = 0; k < m_pairs.a.size(); ++k) {
            const int a = m_pairs.a[k];
            const int b = m_pairs.b[k];
            const double gap = s[a] - s[b];
            const double chance = sigmoid(gap);
            const double racksA = m_pairs.racksA[k];
            const double racks = m_pairs.racks[k];
            const double surplus = racksA - racks * chance; // a's wins beyond the expected
            gradient[a] += surplus;
            gradient[b] -= surplus;
            m_pairs.weight[k] = racks * chance * (1.0 - chance);
            likelihood += racksA * logSigmoid(gap) + (racks - racksA) * logSigmoid(-gap);
        }
        return likelihood;
    }

    double logLikelihood(const std::vector<double> &s) const
    {
        const double half = m_problem.priorRacks / 2;
        double likelihood = 0;
        for (size_t i = 0; i < m_count; ++i) {
            const double gap = s[i] - m_problem.priors[i];
            likelihood += half * (logSigmoid(gap) + logSigmoid(-gap));
        }
        for (size_t k = 0; k < m_pairs.a.size(); ++k) {
            const double gap = s[m_pairs.a[k]] - s[m_pairs.b[k]];
            const double racksA = m_pairs.racksA[k];
            likelihood += racksA * logSigmoid(gap) + (m_pairs.racks[k] - racksA) * logSigmoid(-gap);
        }
        return likelihood;
    }

    // out = (minus the Hessian) * x: a weighted graph Laplacian plus the priors' diagonal.
    void curvatureTimes(const std::vector<double> &x, std::vector<double> &out) const
    {
        for (size_t i = 0; i < m_count; ++i)
            out[i] = m_priorWeight[i] * x[i];
        for (size_t k = 0; k < m_pairs.a.size(); ++k) {
            const int a = m_pairs.a[k];
            const int b = m_pairs.b[k];
            const double flow = m_pairs.weight[k] * (x[a] - x[b]);
            out[a] += flow;
            out[b] -= flow;
        }
    }

    // Solves (minus the Hessian) * step = gradient by Jacobi-preconditioned conjugate
    // gradients from zero; returns the iterations it took.
    int newtonStep(const std::vector<double> &gradient, std::vector<double> &step) const
    {
        std::vector<double> diagonal = m_priorWeight;
        for (size_t k = 0; k < m_pairs.a.size(); ++k) {
            diagonal[static_cast<size_t>(m_pairs.a[k])] += m_pairs.weight[k];
            diagonal[static_cast<size_t>(m_pairs.b[k])] += m_pairs.weight[k];
        }
        for (double &entry : diagonal) // a player 100000 points from every opponent and prior
            entry = std::max(entry, kLeastCurvature);
        std::fill(step.begin(), step.end(), 0.0);
        std::vector<double> residual = gradient;
        std::vector<double> preconditioned(m_count);
        for (size_t i = 0; i < m_count; ++i)
            preconditioned[i] = residual[i] / diagonal[i];
        std::vector<double> direction = preconditioned;
        std::vector<double> product(m_count);
        double rho = dot(residual, preconditioned);
        const double enough = kResidualRatio * kResidualRatio * dot(gradient, gradient);
        // In exact arithmetic CG ends within one iteration a player; the bound only guards
        // against rounding that keeps the residual above `enough`.
        const int most = static_cast<int>(std::min<size_t>(m_count, 1000)) + 10;
        int iterations = 0;
        while (iterations < most && dot(residual, residual) > enough) {
            ++iterations;
            curvatureTimes(direction, product);
            const double along = dot(direction, product);
            if (!(along > 0))
                break;
            const double alpha = rho / along;
            for (size_t i = 0; i < m_count; ++i) {
                step[i] += alpha * direction[i];
                residual[i] -= alpha * product[i];
                preconditioned[i] = residual[i] / diagonal[i];
            }
            const double next = dot(residual, preconditioned);
            const double beta = next / rho;
            rho = next;
            for (size_t i = 0; i < m_count; ++i)
                direction[i] = preconditioned[i] + beta * direction[i];
        }
        return iterations;
    }

    const StrengthProblem &m_problem;
    size_t m_count = 0;
    Pairs m_pairs;
    std::vector<double> m_priorWeight; // priorRacks * sigmoid * (1 - sigmoid) of each prior
};

} // namespace

SolvedStrengths solveStrengths(const StrengthProblem &problem)
{
    if (problem.priors.empty())
        return {{}, 0, 0, true};
    return Fit(problem).solve();
}

} // namespace dojo::venue::internal
