/*
 * A stand-in for Windows 10's bcryptprimitives.dll, for the Wine smoke test
 * only (scripts/wine-smoke.sh); it is never shipped.
 *
 * Go 1.26 programs get their random numbers from ProcessPrng in
 * bcryptprimitives.dll, which Windows 10 and newer have and Wine 8.0 (the
 * one in Debian 12) lacks: without it the runtime stops at start with
 * "bcryptprimitives.dll not found". This DLL exports ProcessPrng and fills
 * the buffer from RtlGenRandom (advapi32's SystemFunction036), which Wine
 * implements with the host's random source.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll \
 *        bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
	while (size > 0) {
		ULONG n = size > 0x10000000 ? 0x10000000 : (ULONG)size;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		size -= n;
	}
	return TRUE; /* Windows documents that ProcessPrng always succeeds */
}
