#include "venue/newvenue.h"

#include "venue/internal/venuetr.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

namespace dojo::venue {

using internal::Tr;

namespace {

struct Currencies
{
    QStringList codes;
    QHash<QString, QString> symbols;
};

// Read once from the locales Qt knows: the codes people use today, each with its symbol.
const Currencies &currencies()
{
    static const Currencies known = [] {
        Currencies found;
        QSet<QString> seen;
        const QList<QLocale> locales = QLocale::matchingLocales(
            QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (code.size() != 3 || seen.contains(code))
                continue;
            seen.insert(code);
            found.codes.append(code);
            found.symbols.insert(code, locale.currencySymbol(QLocale::CurrencySymbol));
        }
        found.codes.sort();
        return found;
    }();
    return known;
}

} // namespace

void addNumberedTables(NewVenue &setup, int count, TableSize size)
{
    int number = int(setup.tables.size());
    for (int i = 0; i < count; ++i)
        setup.tables.push_back({Tr::tr("Table %1").arg(++number), size});
}

QStringList newVenueProblems(const NewVenue &setup)
{
    QStringList problems;
    if (setup.name.trimmed().isEmpty())
        problems.append(Tr::tr("The venue needs a name."));
    if (!currencies().codes.contains(setup.currency)) {
        problems.append(Tr::tr("“%1” is not a currency code; use one like EUR, USD or GBP.")
                            .arg(setup.currency));
    }
    if (setup.timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(setup.timeZone.toUtf8())) {
        problems.append(
            Tr::tr("“%1” is not a time zone this computer knows; use one like Europe/Berlin.")
                .arg(setup.timeZone));
    }
    QSet<QString> names;
    bool nameless = false;
    for (const NewTable &table : setup.tables) {
        const QString name = table.name.trimmed();
        if (name.isEmpty()) {
            nameless = true;
            continue;
        }
        // Table names are told apart as staff read them: "table 1" is "Table 1".
        const QString key = name.toCaseFolded();
        if (names.contains(key))
            problems.append(
                Tr::tr("Two tables are called “%1”; each needs a name of its own.").arg(name));
        names.insert(key);
    }
    if (nameless)
        problems.append(Tr::tr("Every table needs a name."));
    return problems;
}

QStringList knownCurrencyCodes()
{
    return currencies().codes;
}

QString currencySymbol(const QString &code)
{
    const QString symbol = currencies().symbols.value(code);
    return symbol.isEmpty() ? code : symbol;
}

} // namespace dojo::venue
