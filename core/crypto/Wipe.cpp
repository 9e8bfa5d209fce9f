#include "core/crypto/Wipe.h"


#include <sodium.h>

namespace habeas {

namespace {

// Whether the array owns an allocated buffer (not raw data given to it).
bool ownsBuffer(QByteArray &bytes)
{
    return bytes.data_ptr().d_ptr() != nullptr && bytes.size() > 0;
}

qsizetype zeroAndClear(QByteArray &bytes)
{
    const qsizetype size = bytes.size();
    // constData() never detaches; the buffer is owned and writable.
    secureZero(const_cast<char *>(bytes.constData()), std::size_t(size));
    bytes.clear();
    return size;
}

} // namespace

void secureZero(void *data, std::size_t size)
{
    if (data != nullptr && size > 0)
        sodium_memzero(data, size);
}

qsizetype wipeIfLastHolder(QByteArray &bytes)
{
    if (!ownsBuffer(bytes) || !bytes.isDetached()) {
        bytes.clear();
        return 0;
    }
    return zeroAndClear(bytes);
}

qsizetype wipeInPlace(QByteArray &bytes)
{
    if (!ownsBuffer(bytes)) {
        bytes.clear();
        return 0;
    }
    return zeroAndClear(bytes);
}

} // namespace habeas
