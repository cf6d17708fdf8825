#pragma once

#include "venue/billing.h"

#include <core/result.h>
#include <storage/sessionrecords.h>

namespace dojo::venue::internal {

// The stored rate rules as billing's, and back; happy hours that cannot be read are refused.
Result<RateRule> rateRuleFromRecord(const storage::RateRuleRecord &record);
storage::RateRuleRecord recordFromRateRule(const RateRule &rule, qint64 venueId);

} // namespace dojo::venue::internal
