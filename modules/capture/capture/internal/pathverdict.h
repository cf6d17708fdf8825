#pragma once

#include <vision/tabletracker.h>

#include <QString>

namespace dojo::capture::internal {

// The physics' check of a shot's tracked paths: whether the balls moved as balls can.
struct PathVerdict
{
    bool possible = true;
    QString sentence; // "The tracked paths are physically possible.", or what cannot be
};

PathVerdict checkPaths(const vision::FinishedShot &finished, TableSize table);

} // namespace dojo::capture::internal
