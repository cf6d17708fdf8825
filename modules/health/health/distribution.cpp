#include "health/distribution.h"

#include <QJsonArray>

#include <algorithm>
#include <climits>
#include <cmath>

namespace dojo::health {

namespace {

constexpr int kZeroBucket = INT_MIN;
const double kStep = std::log(1.01); // each bucket 1 % wider than the one below

int bucketOf(double value)
{
    if (!(value > 0.0)) // 0, negative, NaN
        return kZeroBucket;
    return int(std::floor(std::log(value) / kStep));
}

// The middle of a bucket, on the log scale.
double valueOf(int bucket)
{
    return bucket == kZeroBucket ? 0.0 : std::exp((bucket + 0.5) * kStep);
}

} // namespace

void Distribution::add(double value)
{
    if (std::isnan(value))
        return;
    ++m_buckets[bucketOf(value)];
    m_min = m_count == 0 ? value : std::min(m_min, value);
    m_max = m_count == 0 ? value : std::max(m_max, value);
    m_sum += value;
    ++m_count;
}

double Distribution::quantile(double q) const
{
    if (m_count == 0)
        return 0.0;
    const long long rank
        = std::clamp<long long>(static_cast<long long>(std::ceil(q * double(m_count))), 1, m_count);
    long long seen = 0;
    for (const auto &[bucket, count] : m_buckets) {
        seen += count;
        if (seen >= rank)
            return std::clamp(valueOf(bucket), m_min, m_max);
    }
    return m_max;
}

QJsonObject Distribution::toJson() const
{
    QJsonArray buckets;
    for (const auto &[bucket, count] : m_buckets)
        buckets.append(
            QJsonArray{bucket == kZeroBucket ? QJsonValue(QJsonValue::Null) : QJsonValue(bucket),
                       double(count)});
    return {{QStringLiteral("count"), double(m_count)},
            {QStringLiteral("sum"), m_sum},
            {QStringLiteral("min"), m_min},
            {QStringLiteral("max"), m_max},
            {QStringLiteral("buckets"), buckets}};
}

Distribution Distribution::fromJson(const QJsonObject &json)
{
    Distribution distribution;
    for (const QJsonValue &entry : json.value(QStringLiteral("buckets")).toArray()) {
        const QJsonArray pair = entry.toArray();
        const long long count = static_cast<long long>(pair.at(1).toDouble());
        if (count <= 0)
            continue;
        const int bucket = pair.at(0).isNull() ? kZeroBucket : pair.at(0).toInt();
        distribution.m_buckets[bucket] += count;
        distribution.m_count += count;
    }
    if (distribution.m_count > 0) {
        distribution.m_sum = json.value(QStringLiteral("sum")).toDouble();
        distribution.m_min = json.value(QStringLiteral("min")).toDouble();
        distribution.m_max = json.value(QStringLiteral("max")).toDouble();
    }
    return distribution;
}

} // namespace dojo::health
