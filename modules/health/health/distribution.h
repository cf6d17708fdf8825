#pragma once

#include <QJsonObject>

#include <map>

namespace dojo::health {

// Many values summed up in fixed relative precision: counts in buckets 1 % wide on a log scale,
// so a day of samples takes a few hundred counters however long the day, and a quantile is
// within 1 % of the true one. The count, the mean, the lowest and the highest are exact.
class Distribution
{
public:
    void add(double value); // values at or below 0 share one bucket, read back as 0
    long long count() const { return m_count; }
    double mean() const { return m_count > 0 ? m_sum / double(m_count) : 0.0; }
    double min() const { return m_count > 0 ? m_min : 0.0; }
    double max() const { return m_count > 0 ? m_max : 0.0; }
    // The nearest-rank quantile (0.95: the value 95 % of the values are at or below); 0 when
    // empty.
    double quantile(double q) const;

    // Its whole state, to go on counting after a restart.
    QJsonObject toJson() const;
    static Distribution fromJson(const QJsonObject &json);

private:
    std::map<int, long long> m_buckets;
    long long m_count = 0;
    double m_sum = 0.0;
    double m_min = 0.0;
    double m_max = 0.0;
};

} // namespace dojo::health
