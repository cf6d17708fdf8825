#pragma once

#include "core/result.h"
#include "core/shotrecord.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace dojo {

// A shot read from JSON, or why it was refused, naming the field after `prefix`
// ("shot."): "pocketed[1].ball: ball 16 does not exist".
Result<ShotRecord> shotRecordFromJson(const QJsonValue &value, const QString &prefix = {});

// Writes only what happened: keys at their "nothing happened" default are left out,
// except first_contact, which is always written (null for none).
QJsonObject shotRecordToJson(const ShotRecord &shot);

} // namespace dojo
