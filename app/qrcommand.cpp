#include "qrcommand.h"

#include "apptext.h"
#include "venuelive.h"
#include "venuestartup.h"

#include <print/tablecard.h>
#include <venue/venuemodel.h>

#include <cstdio>

namespace dojo::app {

namespace {

const QString kTable = QStringLiteral("table");
const QString kPdf = QStringLiteral("pdf");
const QString kPng = QStringLiteral("png");

int failed(const QString &why)
{
    std::fprintf(stderr, "dojopool: %s\n", qPrintable(why));
    return 1;
}

int runQr(const CommandInput &input, OpenVenue &open)
{
    venue::VenueModel model(*open.database);
    if (Result<void> loaded = model.load(open.venueId); !loaded)
        return failed(AppText::tr("cannot read the venue: %1").arg(loaded.error()));
    if (!model.currentVenue())
        return failed(AppText::tr("the database has no venue"));
    const venue::Venue venue = *model.currentVenue();
    std::vector<venue::Table> tables = model.tables();
    if (input.isSet(kTable)) {
        const QString wanted = input.value(kTable);
        std::erase_if(tables, [&](const venue::Table &table) {
            return table.name.compare(wanted, Qt::CaseInsensitive) != 0;
        });
        if (tables.empty()) {
            QStringList names;
            for (const venue::Table &table : model.tables())
                names << table.name;
            return failed(AppText::tr("venue \"%1\" has no table \"%2\"; its tables are: %3")
                              .arg(venue.name, wanted, names.join(QStringLiteral(", "))));
        }
    }
    if (tables.empty())
        return failed(AppText::tr("venue \"%1\" has no tables").arg(venue.name));
    const Result<std::vector<print::TableCard>> stored
        = storedTableCards(*open.database, venue, tables, *readLiveOptions(input));
    if (!stored)
        return failed(stored.error());
    const std::vector<print::TableCard> &cards = *stored;
    if (input.isSet(kPng)) {
        if (Result<void> written = print::writeCardPng(cards.front(), input.value(kPng)); !written)
            return failed(written.error());
    }
    if (input.isSet(kPdf)) {
        const print::CardLayout layout
            = cards.size() == 1 ? print::CardLayout::OnePerPage : print::CardLayout::Sheet;
        if (Result<void> written = print::writeCardsPdf(cards, layout, input.value(kPdf)); !written)
            return failed(written.error());
    }
    for (const print::TableCard &card : cards)
        std::printf("%s\t%s\n", qPrintable(card.table), qPrintable(card.joinUrl));
    return 0;
}

} // namespace

Command qrCommand()
{
    return {
        .name = QStringLiteral("qr"),
        .summary = AppText::tr("print the tables' QR cards, which players scan to join a game"),
        .options = withLiveOptions(
            {QCommandLineOption(kTable,
                                AppText::tr("Only this table's card (default: every table)."),
                                AppText::tr("NAME")),
             QCommandLineOption(kPdf,
                                AppText::tr("Write the cards to this PDF: one A6 card, or A4 "
                                            "sheets of four cards for every table."),
                                AppText::tr("FILE")),
             QCommandLineOption(kPng, AppText::tr("Write the table's card to this PNG (300 dpi)."),
                                AppText::tr("FILE"))}),
        .opensVenue = true,
        .needsFonts = true,
        .check = [](const CommandInput &input) -> Result<void> {
            if (!input.isSet(kPdf) && !input.isSet(kPng))
                return Unexpected(AppText::tr("qr needs --pdf FILE or --png FILE"));
            if (input.isSet(kPng) && !input.isSet(kTable))
                return Unexpected(AppText::tr("--png writes one card: name it with --table NAME"));
            if (const Result<LiveCommandLine> live = readLiveOptions(input); !live)
                return Unexpected(live.error());
            return {};
        },
        .run = [](const CommandInput &input, OpenVenue *venue) { return runQr(input, *venue); }};
}

} // namespace dojo::app
