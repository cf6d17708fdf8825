#pragma once

#include <QtGlobal>

#include <functional>

namespace dojo::capture {
class ReplayBuffer;
class TableCamera;
class TableTracking;
} // namespace dojo::capture
namespace dojo::venue {
class TableReferee;
class TableScoreboard;
} // namespace dojo::venue

namespace dojo::ui {

// What the app gives the window for one table: its camera, its match's scoreboard, its ball
// tracking, its automatic referee and the venue's replays. Any may be null (no camera set up,
// no match followed, no tracking); the app owns them and keeps them alive as long as the
// window.
struct TableFeed
{
    capture::TableCamera *camera = nullptr;
    venue::TableScoreboard *scoreboard = nullptr;
    capture::TableTracking *tracking = nullptr;
    venue::TableReferee *referee = nullptr;
    capture::ReplayBuffer *replays = nullptr;
};

// The feed of a table, by the table's id.
using TableFeeds = std::function<TableFeed(qint64 tableId)>;

} // namespace dojo::ui
