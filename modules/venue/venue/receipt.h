#pragma once

#include "venue/billing.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace dojo::venue {

// One line of a receipt: what it is, and what it costs when it costs something.
struct ReceiptLine
{
    QString label;
    std::optional<Cents> cents;
};

// What a checkout hands the guest, as a plain value: printed, saved as a PDF, stored as text.
struct Receipt
{
    QString venueName;
    int number = 0; // 0: not issued yet (a preview before checkout)
    QString guest;
    bool member = false;
    QStringList tables; // in the order they were played
    QDateTime from;     // in the venue's time zone
    QDateTime to;
    int playedMinutes = 0;
    int billedMinutes = 0;
    std::vector<ReceiptLine> lines;
    Cents totalCents = 0;
    QString currency; // ISO 4217: "EUR"

    // "Receipt 17", or "Receipt (not issued yet)".
    QString title() const;
    // The amounts as the receipt prints them: "€12.50".
    QString money(Cents cents) const;
    // The whole receipt as text, a line each: what receipts.lines stores.
    QString text() const;
};

// The stretches a session was played in, with the table each was on.
struct ReceiptStretch
{
    QString tableName;
    PlayedStretch played;
};

// The receipt of a session: a line per stretch (table, from, to in the venue's time), the time
// charged, the minimum when it applied, the total.
Receipt makeReceipt(const QString &venueName, const QString &guest, bool member,
                    const std::vector<ReceiptStretch> &stretches, const SessionCharge &charge,
                    const QString &currency, const QTimeZone &venueZone);

} // namespace dojo::venue
