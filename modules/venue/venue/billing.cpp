#include "venue/billing.h"

#include "venue/internal/venuetr.h"

#include <algorithm>

namespace dojo::venue {

using internal::Tr;

namespace {

constexpr qint64 kMinute = 60; // seconds

bool onDay(int weekdays, const QDate &date)
{
    return (weekdays & (1 << date.dayOfWeek())) != 0;
}

// Whether `local` (the venue's time) falls in the happy hour's window.
bool inWindow(const HappyHour &happy, const QDateTime &local)
{
    const QTime time = local.time();
    const QDate date = local.date();
    if (happy.start < happy.end)
        return onDay(happy.weekdays, date) && time >= happy.start && time < happy.end;
    // Past midnight: the evening of its day, or the small hours of the next.
    return (onDay(happy.weekdays, date) && time >= happy.start)
           || (onDay(happy.weekdays, date.addDays(-1)) && time < happy.end);
}

// The price of an hour at `at` on a table with `rule`: the lowest that applies.
Cents hourPrice(const RateRule &rule, bool member, const QDateTime &at, const QTimeZone &zone)
{
    Cents price
        = member && rule.memberCentsPerHour >= 0 ? rule.memberCentsPerHour : rule.centsPerHour;
    const QDateTime local = at.toTimeZone(zone);
    for (const HappyHour &happy : rule.happyHours)
        if (inWindow(happy, local))
            price = std::min(price, happy.centsPerHour);
    return price;
}

const RateRule *ruleFor(const std::vector<RateRule> &rules, const QString &rateClass)
{
    const auto found = std::find_if(rules.begin(), rules.end(), [&rateClass](const RateRule &rule) {
        return rule.rateClass == rateClass;
    });
    return found == rules.end() ? nullptr : &*found;
}

} // namespace

QString defaultRateClass(TableSize size)
{
    return tableSizeKey(size);
}

Result<SessionCharge> chargeSession(const std::vector<PlayedStretch> &stretches,
                                    const std::vector<RateRule> &rules, bool member,
                                    const QTimeZone &venueZone)
{
    if (stretches.empty())
        return SessionCharge{};
    std::vector<const RateRule *> ruleOf;
    qint64 playedSeconds = 0;
    for (const PlayedStretch &stretch : stretches) {
        const RateRule *rule = ruleFor(rules, stretch.rateClass);
        if (!rule)
            return Unexpected(Tr::tr("There is no rate for “%1” tables.").arg(stretch.rateClass));
        if (rule->blockMinutes != 15 && rule->blockMinutes != 30)
            return Unexpected(Tr::tr("Time is billed in blocks of 15 or 30 minutes."));
        if (!stretch.from.isValid() || !stretch.to.isValid() || stretch.to < stretch.from)
            return Unexpected(Tr::tr("A stretch of play ends before it starts."));
        ruleOf.push_back(rule);
        playedSeconds += stretch.from.secsTo(stretch.to);
    }
    // The table the session ends on sets the block and the minimum.
    const RateRule &last = *ruleOf.back();
    SessionCharge charge;
    charge.playedMinutes = int((playedSeconds + kMinute - 1) / kMinute);
    charge.billedMinutes
        = (charge.playedMinutes + last.blockMinutes - 1) / last.blockMinutes * last.blockMinutes;

    // Each billed minute at the hour price when it starts, summed as cents-per-hour minutes and
    // divided by 60 once, so no cent is lost to rounding along the way.
    qint64 hourPriceMinutes = 0;
    int priced = 0;
    for (size_t i = 0; i < stretches.size() && priced < charge.billedMinutes; ++i) {
        const PlayedStretch &stretch = stretches[i];
        for (QDateTime at = stretch.from; at < stretch.to && priced < charge.billedMinutes;
             at = at.addSecs(kMinute), ++priced)
            hourPriceMinutes += hourPrice(*ruleOf[i], member, at, venueZone);
    }
    // The minutes that complete the last block, as if play went on after the session's end.
    for (QDateTime at = stretches.back().to; priced < charge.billedMinutes;
         at = at.addSecs(kMinute), ++priced)
        hourPriceMinutes += hourPrice(last, member, at, venueZone);

    charge.timeCents = (hourPriceMinutes + 30) / 60;
    charge.totalCents = std::max(charge.timeCents, last.minimumCents);
    charge.minimumApplied = charge.totalCents > charge.timeCents;
    return charge;
}

QString formatMoney(Cents cents, const QString &currencySymbol)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const Cents whole = std::abs(cents);
    return sign + currencySymbol + QString::number(whole / 100) + u'.'
           + QStringLiteral("%1").arg(whole % 100, 2, 10, QLatin1Char('0'));
}

} // namespace dojo::venue
