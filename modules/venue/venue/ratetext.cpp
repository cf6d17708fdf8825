#include "venue/ratetext.h"

#include "venue/internal/venuetr.h"

#include <QLocale>
#include <QStringList>

namespace dojo::venue {

using internal::Tr;

namespace {

constexpr int kEveryDay = 0xFE;
const QString kTimeFormat = QStringLiteral("HH:mm");

} // namespace

QString happyHoursText(const std::vector<HappyHour> &happyHours)
{
    QStringList parts;
    for (const HappyHour &happy : happyHours) {
        QString days;
        for (int day = 1; day <= 7; ++day)
            if (happy.weekdays & (1 << day))
                days.append(QString::number(day));
        parts.append(
            QStringLiteral("%1 %2 %3 %4")
                .arg(days, happy.start.toString(kTimeFormat), happy.end.toString(kTimeFormat))
                .arg(happy.centsPerHour));
    }
    return parts.join(u';');
}

Result<std::vector<HappyHour>> happyHoursFromText(const QString &text)
{
    std::vector<HappyHour> happyHours;
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList fields = part.simplified().split(u' ');
        if (fields.size() != 4) {
            return Unexpected(
                Tr::tr("The happy hour “%1” is not “DAYS HH:MM HH:MM CENTS”.").arg(part.trimmed()));
        }
        HappyHour happy;
        happy.weekdays = 0;
        for (QChar digit : fields[0]) {
            const int day = digit.digitValue();
            if (day < 1 || day > 7) {
                return Unexpected(Tr::tr("The happy hour “%1” names a day that is not 1 (Monday) "
                                         "to 7 (Sunday).")
                                      .arg(part.trimmed()));
            }
            happy.weekdays |= 1 << day;
        }
        happy.start = QTime::fromString(fields[1], kTimeFormat);
        happy.end = QTime::fromString(fields[2], kTimeFormat);
        if (!happy.start.isValid() || !happy.end.isValid() || happy.start == happy.end) {
            return Unexpected(
                Tr::tr("The happy hour “%1” needs a start and an end time, HH:MM, that differ.")
                    .arg(part.trimmed()));
        }
        bool isNumber = false;
        happy.centsPerHour = fields[3].toLongLong(&isNumber);
        if (!isNumber || happy.centsPerHour < 0) {
            return Unexpected(Tr::tr("The happy hour “%1” needs its price per hour in whole cents.")
                                  .arg(part.trimmed()));
        }
        happyHours.push_back(happy);
    }
    return happyHours;
}

QString weekdaysName(int weekdays)
{
    if ((weekdays & kEveryDay) == kEveryDay)
        return Tr::tr("Every day");
    const QLocale locale;
    QStringList names;
    int day = 1;
    while (day <= 7) {
        if (!(weekdays & (1 << day))) {
            ++day;
            continue;
        }
        int last = day;
        while (last < 7 && (weekdays & (1 << (last + 1))))
            ++last;
        const QString first = locale.dayName(day, QLocale::ShortFormat);
        if (last - day >= 2)
            names.append(Tr::tr("%1–%2").arg(first, locale.dayName(last, QLocale::ShortFormat)));
        else
            for (int each = day; each <= last; ++each)
                names.append(locale.dayName(each, QLocale::ShortFormat));
        day = last + 1;
    }
    return names.join(QStringLiteral(", "));
}

} // namespace dojo::venue
