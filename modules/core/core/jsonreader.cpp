#include "core/jsonreader.h"

#include "core/internal/coretr.h"
#include "core/jsonnumber.h"

namespace dojo {

using internal::CoreTr;

bool JsonReader::readWholeNumber(const QJsonValue &value, const QString &field, int &out)
{
    if (!value.isDouble())
        return fail(CoreTr::tr("%1: expected a whole number").arg(field));
    const std::optional<int> number = wholeNumber(value);
    if (!number) {
        return fail(CoreTr::tr("%1: expected a whole number, got %2")
                        .arg(field, QString::number(value.toDouble())));
    }
    out = *number;
    return true;
}

bool JsonReader::readBool(const QJsonValue &value, const QString &field, bool &out)
{
    if (!value.isBool())
        return fail(CoreTr::tr("%1: expected true or false").arg(field));
    out = value.toBool();
    return true;
}

bool JsonReader::checkKeys(const QJsonObject &object, const QStringList &known,
                           const QString &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(CoreTr::tr("%1: unknown key").arg(prefix + it.key()));
    }
    return true;
}

bool JsonReader::require(const QJsonObject &object, const QString &key, const QString &prefix)
{
    if (object.contains(key))
        return true;
    return fail(CoreTr::tr("%1: missing").arg(prefix + key));
}

} // namespace dojo
