#pragma once

#include <QString>

#include <functional>

namespace dojo::venue {
class TableLeasing;
}

namespace dojo::app {

// serve and the window log who runs each table: this process, another one it stands by for,
// one it takes over from, or a table it lost. `tableName` names a table by its id.
void logTableLeases(venue::TableLeasing &leasing, std::function<QString(qint64)> tableName);

} // namespace dojo::app
