#include "venue/receipt.h"

#include "venue/newvenue.h"

#include "venue/internal/venuetr.h"

#include <QLocale>

namespace dojo::venue {

using internal::Tr;

namespace {

QString shortTime(const QDateTime &at)
{
    return QLocale().toString(at.time(), QLocale::ShortFormat);
}

} // namespace

QString Receipt::title() const
{
    return number > 0 ? Tr::tr("Receipt %1").arg(number) : Tr::tr("Receipt (not issued yet)");
}

QString Receipt::money(Cents cents) const
{
    return formatMoney(cents, currencySymbol(currency));
}

QString Receipt::text() const
{
    QStringList out;
    out.append(venueName);
    out.append(title());
    out.append(QLocale().toString(from.date(), QLocale::LongFormat));
    out.append(member ? Tr::tr("Guest: %1 (member)").arg(guest) : Tr::tr("Guest: %1").arg(guest));
    for (const ReceiptLine &line : lines) {
        out.append(line.cents ? Tr::tr("%1: %2").arg(line.label, money(*line.cents)) : line.label);
    }
    out.append(Tr::tr("Total: %1").arg(money(totalCents)));
    return out.join(u'\n');
}

Receipt makeReceipt(const QString &venueName, const QString &guest, bool member,
                    const std::vector<ReceiptStretch> &stretches, const SessionCharge &charge,
                    const QString &currency, const QTimeZone &venueZone)
{
    Receipt receipt;
    receipt.venueName = venueName;
    receipt.guest = guest;
    receipt.member = member;
    receipt.currency = currency;
    receipt.playedMinutes = charge.playedMinutes;
    receipt.billedMinutes = charge.billedMinutes;
    receipt.totalCents = charge.totalCents;
    for (const ReceiptStretch &stretch : stretches) {
        if (stretch.played.from == stretch.played.to)
            continue; // a paused session's move: no play there yet
        const QDateTime from = stretch.played.from.toTimeZone(venueZone);
        const QDateTime to = stretch.played.to.toTimeZone(venueZone);
        if (!receipt.from.isValid())
            receipt.from = from;
        receipt.to = to;
        if (receipt.tables.isEmpty() || receipt.tables.back() != stretch.tableName)
            receipt.tables.append(stretch.tableName);
        receipt.lines.push_back(
            {Tr::tr("%1, %2–%3").arg(stretch.tableName, shortTime(from), shortTime(to)),
             std::nullopt});
    }
    receipt.lines.push_back({Tr::tr("Table time, %1 min played, %2 min billed")
                                 .arg(charge.playedMinutes)
                                 .arg(charge.billedMinutes),
                             charge.timeCents});
    if (charge.minimumApplied)
        receipt.lines.push_back({Tr::tr("Minimum charge"), charge.totalCents - charge.timeCents});
    return receipt;
}

} // namespace dojo::venue
