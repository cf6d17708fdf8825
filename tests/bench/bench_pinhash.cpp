// A sign-in's PIN check: time to verify one stored PIN hash at the iteration count DojoPool
// stores (venue/pinhash.h) and at a few others, and a whole sign-in at the desk (the staff row
// read, the PIN checked, the audit entry written) on an SQLite file. Prints, never asserts.

#include <storage/database.h>
#include <storage/databaselocation.h>
#include <storage/venuerepository.h>
#include <venue/demovenue.h>
#include <venue/pinhash.h>
#include <venue/staffdesk.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QTemporaryDir>

#include <cstdio>

namespace {

void timeSignIn()
{
    using namespace dojo;
    QTemporaryDir folder;
    auto opened = storage::Database::open(storage::sqliteInDataFolder(folder.path()));
    if (!opened) {
        std::printf("no database: %s\n", qPrintable(opened.error()));
        return;
    }
    storage::VenueRepository venues(**opened);
    if (!venue::ensureDemoVenue(venues) || !venue::ensureDemoStaff(**opened)) {
        std::printf("no demo venue\n");
        return;
    }
    venue::StaffDesk desk(**opened);
    if (!desk.setVenue(venues.venues()->front().id))
        return;
    constexpr int kRuns = 3;
    QElapsedTimer timer;
    timer.start();
    int signedIn = 0;
    for (int run = 0; run < kRuns; ++run) {
        signedIn += desk.signIn(QStringLiteral("Dev"), QStringLiteral("2222")) ? 1 : 0;
        desk.lock();
    }
    std::printf("a sign-in at the desk (SQLite): %.1f ms (%d of %d signed in)\n",
                double(timer.nsecsElapsed()) / 1e6 / kRuns, signedIn, kRuns);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString pin = QStringLiteral("1111");
    const QByteArray salt(16, 'x');
    for (int iterations : {10000, 25000, 50000, 100000}) {
        const QString stored = dojo::venue::hashPinWith(pin, salt, iterations);
        constexpr int kRuns = 3;
        QElapsedTimer timer;
        timer.start();
        int matches = 0;
        for (int run = 0; run < kRuns; ++run)
            matches += dojo::venue::pinMatches(pin, stored) ? 1 : 0;
        const double ms = double(timer.nsecsElapsed()) / 1e6 / kRuns;
        std::printf("%7d iterations: %7.1f ms a check (%d of %d matched)%s\n", iterations, ms,
                    matches, kRuns,
                    iterations == dojo::venue::kPinHashIterations ? "  <- stored" : "");
    }
    timeSignIn();
    return 0;
}
