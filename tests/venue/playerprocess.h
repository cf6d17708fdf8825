#pragma once

#include <QStringList>

namespace dojo::venuetest {

// The kill tests run their own executable as a player process, which the test kills:
//   --play-and-wait URL TABLE SEED GAME STEPS  plays STEPS scripted steps at the table,
//                                               prints "ready MATCH", then sleeps
//   --play-until-killed URL TABLE SEED GAME    prints "playing MATCH", then plays on without
//                                               a pause
// A step that fails prints "error ..." and ends the process with status 2.
bool isPlayerProcess(int argc, char *argv[]);
int runPlayerProcess(const QStringList &arguments);

} // namespace dojo::venuetest
