#pragma once

class QComboBox;
class QWidget;
class QString;

namespace dojo::ui {

// The fields the set-up and the venue's settings share: a currency by its ISO 4217 code (typed
// or chosen, the symbol beside it) and a time zone by its IANA id (typed or chosen).
QComboBox *makeCurrencyBox(const QString &code, QWidget *parent);
QComboBox *makeTimeZoneBox(const QString &zoneId, QWidget *parent);
// The code or id chosen or typed, as the venue stores it.
QString currencyOf(const QComboBox *box);
QString timeZoneOf(const QComboBox *box);
// This computer's currency and time zone: where a new venue most likely is.
QString systemCurrency();
QString systemTimeZone();

} // namespace dojo::ui
