#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace dojo {

// What DojoPool's JSON readers share. Reading stops at the first problem, kept as one
// translated sentence that names the field: "pocketed[1].ball: ball 16 does not exist".
// The read* helpers return false once they have failed, so that readers chain them with &&.
class JsonReader
{
public:
    const QString &error() const { return m_error; }

    bool fail(const QString &sentence)
    {
        m_error = sentence;
        return false;
    }
    bool readWholeNumber(const QJsonValue &value, const QString &field, int &out);
    bool readBool(const QJsonValue &value, const QString &field, bool &out);
    // Every key of `object` is one of `known`; `prefix` names the object ("call.").
    bool checkKeys(const QJsonObject &object, const QStringList &known, const QString &prefix = {});
    bool require(const QJsonObject &object, const QString &key, const QString &prefix = {});

private:
    QString m_error;
};

} // namespace dojo
