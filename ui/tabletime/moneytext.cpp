#include "tabletime/moneytext.h"

#include <QRegularExpression>

namespace dojo::ui {

QString moneyText(venue::Cents cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

std::optional<venue::Cents> centsFromText(const QString &text)
{
    static const QRegularExpression money(QStringLiteral("^(\\d{1,7})(?:[.,](\\d{1,2}))?$"));
    const QRegularExpressionMatch match = money.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString fraction = match.captured(2);
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    return match.captured(1).toLongLong() * 100 + fraction.toLongLong();
}

} // namespace dojo::ui
