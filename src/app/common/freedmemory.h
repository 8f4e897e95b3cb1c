// Hands memory freed by a worker's job back to the system. A search or count over a million
// articles allocates tens of MB for SQLite's doclists and sorts; glibc keeps what a thread freed
// in that thread's arena, so the app's resident memory grew by the largest job of each worker.
#pragma once

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Baoku::App {

inline void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0); // every arena; costs a few ms, on the worker that calls it
#endif
}

} // namespace Baoku::App
