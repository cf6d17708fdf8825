#pragma once

#include "commandline.h"

#include <core/result.h>
#include <storage/database.h>

#include <QSettings>
#include <QString>

#include <memory>

namespace dojo::app {

// Everything a running venue needs from disk: its data folder, database and settings.
struct OpenVenue
{
    QString dataFolder;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<QSettings> settings;
    bool demoCreated = false; // this start created the demo venue
};

// Makes sure the data folder exists and can be written, opens (and migrates) the database,
// and on the first start on an empty database creates the demo venue. Nothing existing is
// overwritten when any step fails, and the reason is one line for stderr.
Result<std::unique_ptr<OpenVenue>> openVenue(const CommandLine &commandLine);

} // namespace dojo::app
