#pragma once

#include <core/tablespec.h>

#include <QString>
#include <QStringList>

#include <vector>

namespace dojo::venue {

// A table of a venue being set up: its name and size; its camera comes later.
struct NewTable
{
    QString name;
    TableSize size = TableSize::NineFoot;
};

// The set-up of a new venue, as the first-start assistant (or Venue → New Venue…) fills it in:
// a plain value, checked whole before anything is written.
struct NewVenue
{
    QString name;
    QString currency = QStringLiteral("EUR"); // ISO 4217 code
    QString timeZone = QStringLiteral("UTC"); // IANA id
    std::vector<NewTable> tables;
};

// Appends `count` tables of `size`, named "Table N" after the tables already there.
void addNumberedTables(NewVenue &setup, int count, TableSize size);

// Every problem with the set-up, one sentence each: an empty name, a currency that is not an
// ISO 4217 code, a time zone this computer does not know, a table without a name, two tables
// with one name. Empty: it can be created.
QStringList newVenueProblems(const NewVenue &setup);

// The ISO 4217 codes of the currencies the world's locales use ("EUR", "USD", ...), sorted.
QStringList knownCurrencyCodes();
// The symbol people know the currency by ("€", "$"), or the code when there is none.
QString currencySymbol(const QString &code);

} // namespace dojo::venue
