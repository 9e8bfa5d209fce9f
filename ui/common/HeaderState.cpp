#include "ui/common/HeaderState.h"

#include <QAbstractItemModel>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>

namespace habeas {

namespace {

constexpr quint32 Marker = 0x48445231; // "HDR1"

int sections(const QHeaderView &header)
{
    if (!header.model())
        return 0;
    return header.orientation() == Qt::Horizontal ? header.model()->columnCount() : header.model()->rowCount();
}

} // namespace

QByteArray HeaderState::save(const QHeaderView &header)
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << Marker << qint32(sections(header)) << header.saveState();
    return state;
}

bool HeaderState::restore(QHeaderView &header, const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 marker = 0;
    qint32 columns = -1;
    QByteArray saved;
    in >> marker >> columns >> saved;
    if (in.status() != QDataStream::Ok || !in.atEnd() || marker != Marker || columns <= 0
        || columns != sections(header))
        return false;
    const QByteArray before = header.saveState();
    if (header.restoreState(saved) && header.count() == columns)
        return true;
    header.restoreState(before);
    return false;
}

} // namespace habeas
