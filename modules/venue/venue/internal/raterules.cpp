#include "venue/internal/raterules.h"

#include "venue/internal/venuetr.h"
#include "venue/ratetext.h"

namespace dojo::venue::internal {

Result<RateRule> rateRuleFromRecord(const storage::RateRuleRecord &record)
{
    Result<std::vector<HappyHour>> happyHours = happyHoursFromText(record.happyHours);
    if (!happyHours) {
        return Unexpected(Tr::tr("The rate for “%1” tables cannot be read: %2")
                              .arg(record.rateClass, happyHours.error()));
    }
    RateRule rule;
    rule.rateClass = record.rateClass;
    rule.centsPerHour = record.centsPerHour;
    rule.memberCentsPerHour = record.memberCentsPerHour;
    rule.blockMinutes = record.blockMinutes;
    rule.minimumCents = record.minimumCents;
    rule.happyHours = std::move(*happyHours);
    return rule;
}

storage::RateRuleRecord recordFromRateRule(const RateRule &rule, qint64 venueId)
{
    storage::RateRuleRecord record;
    record.venueId = venueId;
    record.rateClass = rule.rateClass;
    record.centsPerHour = rule.centsPerHour;
    record.memberCentsPerHour = rule.memberCentsPerHour;
    record.blockMinutes = rule.blockMinutes;
    record.minimumCents = rule.minimumCents;
    record.happyHours = happyHoursText(rule.happyHours);
    return record;
}

} // namespace dojo::venue::internal
