#pragma once

#include <QJsonValue>

#include <cmath>
#include <optional>

namespace dojo {

// A JSON number that is a whole number no larger than `limit` either way, or nothing:
// 3 and 3.0 are whole, 2.5, "3" and 1e12 are not.
inline std::optional<int> wholeNumber(const QJsonValue &value, double limit = 1e6)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::trunc(number) != number || std::abs(number) > limit)
        return std::nullopt;
    return static_cast<int>(number);
}

} // namespace dojo
