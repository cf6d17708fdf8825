#pragma once

#include "core/shotrecord.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace dojo {

// A shot read from JSON, or the reason it was refused. The reason names the field:
// "pocketed[1].ball: ball 16 does not exist".
struct ShotRecordParse
{
    std::optional<ShotRecord> shot;
    QString error;
};

ShotRecordParse shotRecordFromJson(const QJsonValue &value);

// Writes only what happened: keys at their "nothing happened" default are left out,
// except first_contact, which is always written (null for none).
QJsonObject shotRecordToJson(const ShotRecord &shot);

} // namespace dojo
