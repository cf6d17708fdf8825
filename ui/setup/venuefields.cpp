#include "setup/venuefields.h"

#include "common/uitr.h"

#include <venue/newvenue.h>

#include <QComboBox>
#include <QCompleter>
#include <QLocale>
#include <QTimeZone>

namespace dojo::ui {

QComboBox *makeCurrencyBox(const QString &code, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &known : venue::knownCurrencyCodes()) {
        const QString symbol = venue::currencySymbol(known);
        box->addItem(symbol == known ? known : Tr::tr("%1 (%2)").arg(known, symbol), known);
    }
    const int index = box->findData(code);
    if (index >= 0)
        box->setCurrentIndex(index);
    else
        box->setEditText(code);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    box->completer()->setFilterMode(Qt::MatchStartsWith);
    return box;
}

QComboBox *makeTimeZoneBox(const QString &zoneId, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        box->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    const int index = box->findData(zoneId);
    if (index >= 0)
        box->setCurrentIndex(index);
    else
        box->setEditText(zoneId);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    box->completer()->setFilterMode(Qt::MatchContains);
    return box;
}

QString currencyOf(const QComboBox *box)
{
    // "EUR (€)" as shown, or what was typed: the code is its first word.
    const int index = box->findText(box->currentText());
    if (index >= 0)
        return box->itemData(index).toString();
    return box->currentText().trimmed().section(u' ', 0, 0).toUpper();
}

QString timeZoneOf(const QComboBox *box)
{
    return box->currentText().trimmed();
}

QString systemCurrency()
{
    const QString code = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    return venue::knownCurrencyCodes().contains(code) ? code : QStringLiteral("EUR");
}

QString systemTimeZone()
{
    const QString id = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return id.isEmpty() ? QStringLiteral("UTC") : id;
}

} // namespace dojo::ui
