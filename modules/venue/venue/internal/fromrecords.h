#pragma once

#include <core/result.h>

#include <utility>
#include <vector>

namespace dojo::venue::internal {

// The records a repository read, each made a front desk's Value by `from` (which returns a
// Value, or a Result of one for a record it may refuse); the read's failure or the first
// refusal is the error.
template<typename Value, typename Record, typename From>
Result<std::vector<Value>> fromRecords(const Result<std::vector<Record>> &records, From from)
{
    if (!records)
        return Unexpected(records.error());
    std::vector<Value> values;
    values.reserve(records->size());
    for (const Record &record : *records) {
        Result<Value> value = from(record);
        if (!value)
            return Unexpected(value.error());
        values.push_back(std::move(*value));
    }
    return values;
}

} // namespace dojo::venue::internal
