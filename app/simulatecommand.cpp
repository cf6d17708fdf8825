#include "simulatecommand.h"

#include "apptext.h"

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

const QString kSample = QStringLiteral("sample");
const QString kRepeat = QStringLiteral("repeat");

// Reads simulate's arguments and options, or says what is wrong with them.
Result<SimulateCommandLine> readCommandLine(const CommandInput &input)
{
    SimulateCommandLine commandLine;
    commandLine.files = input.arguments;
    if (commandLine.files.size() != 1)
        return Unexpected(AppText::tr("simulate needs exactly one shot file"));
    if (input.isSet(kSample)) {
        bool ok = false;
        commandLine.sampleHz = input.value(kSample).toDouble(&ok);
        if (!ok || commandLine.sampleHz <= 0 || commandLine.sampleHz > 100000)
            return Unexpected(AppText::tr("--sample needs a rate in Hz above 0 and up to 100000"));
    }
    if (input.isSet(kRepeat)) {
        bool ok = false;
        commandLine.repeat = input.value(kRepeat).toInt(&ok);
        if (!ok || commandLine.repeat < 1)
            return Unexpected(AppText::tr("--repeat needs a whole number of at least 1"));
    }
    return commandLine;
}

} // namespace

int runSimulate(const SimulateCommandLine &commandLine)
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
    const Result<physics::ShotSetup> setup
        = physics::shotSetupFromJson(root, simulator.parameters());
    if (!setup)
        return refuse(path, setup.error());

    physics::SimulationOptions options;
    options.recordPath = commandLine.sampleHz > 0;
    physics::ShotResult result;
    QElapsedTimer timer;
    timer.start();
    const int runs = std::max(1, commandLine.repeat);
    for (int run = 0; run < runs; ++run)
        if (Result<void> simulated = simulator.simulate(*setup, result, options); !simulated)
            return refuse(path, simulated.error());
    const double milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    const QJsonObject answer = physics::shotResultToJson(
        result, simulator.table(setup->table), simulator.parameters(), commandLine.sampleHz);
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

Command simulateCommand()
{
    return {
        .name = QStringLiteral("simulate"),
        .summary = AppText::tr("simulate one shot on the physics engine and print it as JSON"),
        .arguments = AppText::tr("SHOT.json"),
        .argumentsHelp = AppText::tr(
            "the shot: the table, the balls and the cue's strike, as JSON (docs/physics.md)"),
        .options
        = {QCommandLineOption(kSample,
                              AppText::tr("Add each ball's path sampled this many times a second."),
                              AppText::tr("HZ")),
           QCommandLineOption(
               kRepeat, AppText::tr("Run the shot this many times and report the time on stderr."),
               AppText::tr("N"))},
        .check =
            [](const CommandInput &input) {
                const Result<SimulateCommandLine> read = readCommandLine(input);
                return read ? Result<void>() : Result<void>(Unexpected(read.error()));
            },
        .run =
            [](const CommandInput &input, OpenVenue *) {
                // check() has accepted the same input.
                return runSimulate(*readCommandLine(input));
            }};
}

} // namespace dojo::app
