#pragma once

#include <core/result.h>

#include <QString>

#include <optional>

namespace dojo::app {

// Where a venue PC keeps its shared venue (docs/packaging.md): the package installs it so
// that the service and the staff's windows open one data folder and one database.
inline constexpr char kSystemConfigPath[] = "/etc/dojopool/dojopool.conf";
// Names another configuration file; set but empty: read none.
inline constexpr char kConfigVariable[] = "DOJOPOOL_CONFIG";

// What a configuration file says, read when neither --data-dir nor --database is given.
struct VenueConfig
{
    QString file;        // the file it was read from
    QString dataFolder;  // data-dir: an absolute folder; empty: the user's own
    QString databaseUrl; // database: a URL as --database takes; empty: the data folder's SQLite
};

// The configuration file DOJOPOOL_CONFIG names, else kSystemConfigPath when it exists; none
// when DOJOPOOL_CONFIG is empty or there is no system file. A file that is named but missing,
// cannot be read, or has a key it does not know or a relative data-dir is refused with one
// line naming the file.
Result<std::optional<VenueConfig>> readVenueConfig();

} // namespace dojo::app
