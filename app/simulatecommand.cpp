#include "simulatecommand.h"

#include "apptext.h"
#include "commandline.h"

#include <physics/shotresultjson.h>
#include <physics/shotsetupjson.h>
#include <physics/simulator.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cstdio>

namespace dojo::app {
namespace {

// Every refusal is one line: "dojopool: simulate: FILE: what is wrong".
int refuse(const QString &path, const QString &problem)
{
    std::fprintf(stderr, "dojopool: simulate: %s: %s\n", qPrintable(path), qPrintable(problem));
    return 1;
}

} // namespace

int runSimulate(const CommandLine &commandLine)
{
    const QString path = commandLine.files.value(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refuse(path, AppText::tr("cannot be read (%1)").arg(file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return refuse(path, AppText::tr("not JSON: %1 at character %2")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
    }
    const QJsonValue root
        = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    physics::Simulator simulator;
    const physics::ShotSetupParse parsed = physics::shotSetupFromJson(root, simulator.parameters());
    if (!parsed.setup)
        return refuse(path, parsed.error);

    physics::SimulationOptions options;
    options.recordPath = commandLine.sampleHz > 0;
    physics::ShotResult result;
    QElapsedTimer timer;
    timer.start();
    const int runs = std::max(1, commandLine.repeat);
    for (int run = 0; run < runs; ++run)
        simulator.simulate(*parsed.setup, result, options);
    const double milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    const QJsonObject answer = physics::shotResultToJson(
        result, simulator.table(parsed.setup->table), simulator.parameters(), commandLine.sampleHz);
    const QByteArray line = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    if (commandLine.repeat > 0) {
        const QString timing
            = AppText::tr("%n run(s) in %1 ms (%2 microseconds per run)", nullptr, runs)
                  .arg(milliseconds, 0, 'f', 3)
                  .arg(milliseconds * 1000.0 / runs, 0, 'f', 3);
        std::fprintf(stderr, "dojopool: simulate: %s\n", qPrintable(timing));
    }
    return 0;
}

} // namespace dojo::app
