#pragma once

#include <QtGlobal>

#include <functional>

namespace dojo::capture {
class TableCamera;
}
namespace dojo::venue {
class TableScoreboard;
}

namespace dojo::ui {

// What the app gives the window for one table: its camera and its match's scoreboard. Either
// may be null (no camera set up, no match followed); the app owns both and keeps them alive
// as long as the window.
struct TableFeed
{
    capture::TableCamera *camera = nullptr;
    venue::TableScoreboard *scoreboard = nullptr;
};

// The feed of a table, by the table's id.
using TableFeeds = std::function<TableFeed(qint64 tableId)>;

} // namespace dojo::ui
