#pragma once

#include "venue/billing.h"

#include <core/result.h>

#include <QString>

#include <vector>

namespace dojo::venue {

// Happy hours as rate_rules.happy_hours stores them: "WEEKDAYS HH:MM HH:MM CENTS;..." where
// WEEKDAYS are the digits of the days the window starts on (1 Monday ... 7 Sunday, as
// Qt::DayOfWeek): "1234 16:00 19:00 600;56 22:00 02:00 600". Empty: none.
QString happyHoursText(const std::vector<HappyHour> &happyHours);
// Refused with a sentence naming the part it cannot read.
Result<std::vector<HappyHour>> happyHoursFromText(const QString &text);

// "Mon–Thu", "Fri, Sun", "Every day": the weekdays for people, in the user's language.
QString weekdaysName(int weekdays);

} // namespace dojo::venue
