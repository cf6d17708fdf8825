#pragma once

#include <venue/billing.h>

#include <QString>

#include <optional>

namespace dojo::ui {

// "12.50" for 1250 cents: money as a person types it in the rates dialog, never a float.
QString moneyText(venue::Cents cents);
// "12.50", "12,50", "12" or "12.5" as cents; none for anything else (a third decimal, a sign).
std::optional<venue::Cents> centsFromText(const QString &text);

} // namespace dojo::ui
