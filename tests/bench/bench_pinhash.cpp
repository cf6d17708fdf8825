// A sign-in's PIN check: time to verify one stored PIN hash at the iteration count DojoPool
// stores (venue/pinhash.h) and at a few others, on this machine. Prints, never asserts.

#include <venue/pinhash.h>

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

#include <cstdio>

int main()
{
    const QString pin = QStringLiteral("1111");
    const QByteArray salt(16, 'x');
    for (int iterations : {10000, 60000, 100000, 200000, 600000}) {
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
    return 0;
}
