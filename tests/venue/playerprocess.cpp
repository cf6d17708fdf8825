#include "playerprocess.h"

#include "tablescript.h"

#include <storage/database.h>
#include <venue/tablematch.h>

#include <QThread>

#include <cstdio>
#include <cstring>

namespace dojo::venuetest {

using venue::TableMatch;

namespace {

int childFail(const QString &error)
{
    std::fprintf(stdout, "error %s\n", qPrintable(error));
    std::fflush(stdout);
    return 2;
}

} // namespace

bool isPlayerProcess(int argc, char *argv[])
{
    return argc > 1
           && (std::strcmp(argv[1], "--play-and-wait") == 0
               || std::strcmp(argv[1], "--play-until-killed") == 0);
}

int runPlayerProcess(const QStringList &arguments)
{
    const bool untilKilled = arguments.at(1) == u"--play-until-killed";
    if (arguments.size() < (untilKilled ? 6 : 7))
        return childFail(QStringLiteral("too few arguments"));
    const Result<storage::DatabaseLocation> url = storage::parseDatabaseUrl(arguments.at(2));
    if (!url)
        return childFail(url.error());
    Result<std::unique_ptr<storage::Database>> opened = storage::Database::open(*url);
    if (!opened)
        return childFail(opened.error());
    const qint64 tableId = arguments.at(3).toLongLong();
    const quint32 seed = arguments.at(4).toUInt();
    const rules::MatchSetup setup = setupFor(*rules::gameFromKey(arguments.at(5)), 0);
    Result<std::unique_ptr<TableMatch>> started
        = TableMatch::start(**opened, tableId, setup, kPlayers);
    if (!started)
        return childFail(started.error());
    TableMatch &match = **started;
    rules::play::ScriptedPlay script(seed);
    const auto playOne = [&]() {
        const Result<rules::Ruling, venue::StepFailure> ruled
            = play(match, script.next(match.match()));
        return ruled ? QString() : ruled.error().message;
    };
    if (untilKilled) {
        std::fprintf(stdout, "playing %lld\n", match.id());
        std::fflush(stdout);
        for (;;) {
            if (const QString error = playOne(); !error.isEmpty())
                return childFail(error);
        }
    }
    const int steps = arguments.at(6).toInt();
    for (int i = 0; i < steps; ++i) {
        if (const QString error = playOne(); !error.isEmpty())
            return childFail(error);
    }
    std::fprintf(stdout, "ready %lld\n", match.id());
    std::fflush(stdout);
    for (;;)
        QThread::sleep(60);
}

} // namespace dojo::venuetest
