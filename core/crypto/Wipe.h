#pragma once

// Zeroing memory that held personal data before it is released. Qt's arrays
// are implicitly shared, so two rules:
// - wipeIfLastHolder(): the bytes are zeroed only when no other array shares
//   them (a shared buffer is left to its last holder, which wipes it in
//   turn); types that carry an identity image call it in their destructor.
// - wipeInPlace(): the bytes are zeroed where they are, even when other
//   arrays share them, which all read zeros afterwards; for a scan a caller
//   hands over and must not keep.
// Neither touches memory the array does not own (QByteArray::fromRawData).
// Both empty the array and return the number of bytes zeroed.

#include <QByteArray>

#include <cstddef>

namespace habeas {

void secureZero(void *data, std::size_t size);
qsizetype wipeIfLastHolder(QByteArray &bytes);
qsizetype wipeInPlace(QByteArray &bytes);

} // namespace habeas
