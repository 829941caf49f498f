/* fit.c - decoder of Garmin FIT activity files into struct activity.
 *
 * Pure: no I/O and no global state. Invariants:
 *  - every read is bounds-checked against the end of the current FIT file's
 *    data (itself clamped to len) before it happens, so no input can make
 *    the decoder read outside [buf, buf + len);
 *  - the hot loop allocates nothing per message: a definition message is
 *    compiled once into a list of (offset, decoder, slot) triples for the
 *    few fields talus uses, and a data message is decoded by walking that
 *    list and then skipping its whole size with one add;
 *  - scratch arrays (record timestamps, positions, per-session windows)
 *    grow geometrically and are freed before fit_decode returns;
 *  - on error, out is left exactly as it was on entry.
 * The choices (sports, cadence, fallbacks, what is trusted) are explained
 * in docs/internals/fit.md.
 */
#include "import/fit.h"
#include "core/device.h"
#include "core/sport.h"
#include "util/date.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Seconds from the Unix epoch to the FIT epoch, 1989-12-31T00:00:00Z. */
#define FIT_EPOCH_UNIX 631065600
/* Semicircles to degrees: 180 / 2^31. */
#define SEMI_TO_DEG (180.0 / 2147483648.0)
/* At most this many activities come out of one buffer: a session message
 * can be 1 byte long, and each costs a struct activity (~320 bytes). */
#define FIT_MAX_SESSIONS 4096
/* date_time values below this are seconds since the device was switched
 * on ("system time"), not since the FIT epoch (FIT profile, date_time). */
#define FIT_SYSTIME_MAX 0x10000000u
/* 2000-01-01T00:00:00Z in FIT time. */
#define FIT_Y2000 (946684800 - FIT_EPOCH_UNIX)
/* A leg between two records faster than this is a GPS glitch, and one
 * over a longer gap than this a paused watch: neither adds to the path
 * the sustained speed is measured on (positions-only files). */
#define FIT_GLITCH_MPS 50.0
#define FIT_GAP_S 60

/* Global message numbers talus reads. */
enum {
	MESG_FILE_ID = 0,
	MESG_DEVICE_SETTINGS = 2,
	MESG_SPORT = 12,
	MESG_SESSION = 18,
	MESG_LAP = 19,
	MESG_RECORD = 20,
	MESG_EVENT = 21,
	MESG_ACTIVITY = 34,
	MESG_TIMESTAMP_CORRELATION = 162,
};

/* What a data message is, for dispatch (the global number, compressed). */
enum msg {
	M_OTHER = 0,
	M_FILE_ID,
	M_SPORT,
	M_SESSION,
	M_LAP,
	M_RECORD,
	M_EVENT,
	M_ACTIVITY,
	M_TSCORR,
	M_DEVSET,
	M__COUNT
};

/* Slots: the values a message can yield, decoded into double v[SL__COUNT]
 * (NAN when absent or invalid). A slot means different fields in different
 * messages; slot_of() maps (message, field number) to a slot. */
enum slot {
	SL_TS = 0,   /* 253 timestamp, any message */
	SL_TYPE,     /* file_id.type */
	SL_MFR,      /* file_id.manufacturer */
	SL_PRODUCT,  /* file_id.product */
	SL_POWER,    /* record.power, session.avg_power, W */
	SL_SYSTS,    /* timestamp_correlation.system_timestamp */
	SL_UTCOFF,   /* device_settings.utc_offset, s */
	SL_START,    /* session.start_time */
	SL_SPORT,    /* session/lap/sport .sport */
	SL_SUB,      /* .sub_sport */
	SL_ELAPSED,  /* session.total_elapsed_time, ms */
	SL_TIMER,    /* session.total_timer_time, ms */
	SL_DIST,     /* session.total_distance, record.distance, cm */
	SL_HR,       /* session.avg_heart_rate, record.heart_rate */
	SL_CAD,      /* session.avg_cadence, record.cadence */
	SL_FRAC,     /* the matching fractional cadence, 1/128 */
	SL_ASCENT,   /* session.total_ascent, m */
	SL_LAT,      /* record.position_lat, semicircles */
	SL_LON,      /* record.position_long */
	SL_CSD,      /* record.compressed_speed_distance: distance part */
	SL_EVENT,    /* event.event */
	SL_EVTYPE,   /* event.event_type */
	SL_LOCALTS,  /* activity.local_timestamp */
	SL_DT,       /* fit_shift_timestamps: a date_time field */
	SL__COUNT
};

/* How a field's bytes become a value. */
enum kind {
	K_U8, K_S8, K_U8Z, K_U16, K_S16, K_U16Z, K_U32, K_S32, K_U32Z,
	K_U64, K_S64, K_U64Z, K_F32, K_F64, K_CSD, K_NONE
};

/* One field a definition makes talus read. */
struct fit_ref {
	uint16_t off; /* offset in the message content; fields total < 65536 */
	uint8_t slot; /* enum slot */
	uint8_t kind; /* enum kind */
};

#define FIT_MAX_REFS 12

/* A compiled definition message, for one local message type. */
struct fit_def {
	uint32_t size;   /* content bytes of a data message, developer
			    fields included */
	uint8_t defined; /* 0 until a definition message was read */
	uint8_t msg;     /* enum msg */
	uint8_t be;      /* 1 for big-endian architecture */
	uint8_t nref;
	uint8_t nclear;
	struct fit_ref ref[FIT_MAX_REFS];
	uint8_t clear[FIT_MAX_REFS]; /* slots of msg this definition lacks */
};

/* The slots each kind of message yields, in decode mode. */
static const uint8_t msg_slots[M__COUNT][FIT_MAX_REFS] = {
	[M_OTHER] = { SL_TS },
	[M_FILE_ID] = { SL_TS, SL_TYPE, SL_MFR, SL_PRODUCT },
	[M_SPORT] = { SL_TS, SL_SPORT, SL_SUB },
	[M_SESSION] = { SL_TS, SL_START, SL_SPORT, SL_SUB, SL_ELAPSED,
			SL_TIMER, SL_DIST, SL_HR, SL_CAD, SL_FRAC, SL_ASCENT,
			SL_POWER },
	[M_LAP] = { SL_TS, SL_SPORT, SL_SUB },
	[M_RECORD] = { SL_TS, SL_LAT, SL_LON, SL_HR, SL_CAD, SL_FRAC, SL_DIST,
		       SL_CSD, SL_POWER },
	[M_EVENT] = { SL_TS, SL_EVENT, SL_EVTYPE },
	[M_ACTIVITY] = { SL_TS, SL_LOCALTS },
	[M_TSCORR] = { SL_TS, SL_SYSTS },
	[M_DEVSET] = { SL_TS, SL_UTCOFF },
};
static const uint8_t msg_nslots[M__COUNT] = {
	[M_OTHER] = 1, [M_FILE_ID] = 4, [M_SPORT] = 3, [M_SESSION] = 12,
	[M_LAP] = 3, [M_RECORD] = 9, [M_EVENT] = 3, [M_ACTIVITY] = 2,
	[M_TSCORR] = 2, [M_DEVSET] = 2,
};

/* How the FIT base types (low 5 bits of the base type byte) are read. */
static const uint8_t base_kind[17] = {
	K_U8,   /* 0 enum */
	K_S8,   /* 1 sint8 */
	K_U8,   /* 2 uint8 */
	K_S16,  /* 3 sint16 */
	K_U16,  /* 4 uint16 */
	K_S32,  /* 5 sint32 */
	K_U32,  /* 6 uint32 */
	K_NONE, /* 7 string */
	K_F32,  /* 8 float32 */
	K_F64,  /* 9 float64 */
	K_U8Z,  /* 10 uint8z */
	K_U16Z, /* 11 uint16z */
	K_U32Z, /* 12 uint32z */
	K_U8,   /* 13 byte */
	K_S64,  /* 14 sint64 */
	K_U64,  /* 15 uint64 */
	K_U64Z, /* 16 uint64z */
};
static const uint8_t kind_size[K_NONE + 1] = {
	[K_U8] = 1, [K_S8] = 1, [K_U8Z] = 1, [K_U16] = 2, [K_S16] = 2,
	[K_U16Z] = 2, [K_U32] = 4, [K_S32] = 4, [K_U32Z] = 4, [K_U64] = 8,
	[K_S64] = 8, [K_U64Z] = 8, [K_F32] = 4, [K_F64] = 8, [K_CSD] = 3,
	[K_NONE] = 0,
};

/* The slowest part of a decode is this CRC, so it goes 8 bytes a step
 * ("slicing by 8"): crc_tab[k][b] is the CRC-16/ARC remainder of byte b
 * followed by k zero bytes. Generated by running the bitwise definition
 * (reflected polynomial 0xA001) once; tests check fit_crc16 against the
 * bitwise definition and the standard check value 0xBB3D. */
static const uint16_t crc_tab[8][256] = {
	{
		0x0000, 0xC0C1, 0xC181, 0x0140, 0xC301, 0x03C0, 0x0280, 0xC241,
		0xC601, 0x06C0, 0x0780, 0xC741, 0x0500, 0xC5C1, 0xC481, 0x0440,
		0xCC01, 0x0CC0, 0x0D80, 0xCD41, 0x0F00, 0xCFC1, 0xCE81, 0x0E40,
		0x0A00, 0xCAC1, 0xCB81, 0x0B40, 0xC901, 0x09C0, 0x0880, 0xC841,
		0xD801, 0x18C0, 0x1980, 0xD941, 0x1B00, 0xDBC1, 0xDA81, 0x1A40,
		0x1E00, 0xDEC1, 0xDF81, 0x1F40, 0xDD01, 0x1DC0, 0x1C80, 0xDC41,
		0x1400, 0xD4C1, 0xD581, 0x1540, 0xD701, 0x17C0, 0x1680, 0xD641,
		0xD201, 0x12C0, 0x1380, 0xD341, 0x1100, 0xD1C1, 0xD081, 0x1040,
		0xF001, 0x30C0, 0x3180, 0xF141, 0x3300, 0xF3C1, 0xF281, 0x3240,
		0x3600, 0xF6C1, 0xF781, 0x3740, 0xF501, 0x35C0, 0x3480, 0xF441,
		0x3C00, 0xFCC1, 0xFD81, 0x3D40, 0xFF01, 0x3FC0, 0x3E80, 0xFE41,
		0xFA01, 0x3AC0, 0x3B80, 0xFB41, 0x3900, 0xF9C1, 0xF881, 0x3840,
		0x2800, 0xE8C1, 0xE981, 0x2940, 0xEB01, 0x2BC0, 0x2A80, 0xEA41,
		0xEE01, 0x2EC0, 0x2F80, 0xEF41, 0x2D00, 0xEDC1, 0xEC81, 0x2C40,
		0xE401, 0x24C0, 0x2580, 0xE541, 0x2700, 0xE7C1, 0xE681, 0x2640,
		0x2200, 0xE2C1, 0xE381, 0x2340, 0xE101, 0x21C0, 0x2080, 0xE041,
		0xA001, 0x60C0, 0x6180, 0xA141, 0x6300, 0xA3C1, 0xA281, 0x6240,
		0x6600, 0xA6C1, 0xA781, 0x6740, 0xA501, 0x65C0, 0x6480, 0xA441,
		0x6C00, 0xACC1, 0xAD81, 0x6D40, 0xAF01, 0x6FC0, 0x6E80, 0xAE41,
		0xAA01, 0x6AC0, 0x6B80, 0xAB41, 0x6900, 0xA9C1, 0xA881, 0x6840,
		0x7800, 0xB8C1, 0xB981, 0x7940, 0xBB01, 0x7BC0, 0x7A80, 0xBA41,
		0xBE01, 0x7EC0, 0x7F80, 0xBF41, 0x7D00, 0xBDC1, 0xBC81, 0x7C40,
		0xB401, 0x74C0, 0x7580, 0xB541, 0x7700, 0xB7C1, 0xB681, 0x7640,
		0x7200, 0xB2C1, 0xB381, 0x7340, 0xB101, 0x71C0, 0x7080, 0xB041,
		0x5000, 0x90C1, 0x9181, 0x5140, 0x9301, 0x53C0, 0x5280, 0x9241,
		0x9601, 0x56C0, 0x5780, 0x9741, 0x5500, 0x95C1, 0x9481, 0x5440,
		0x9C01, 0x5CC0, 0x5D80, 0x9D41, 0x5F00, 0x9FC1, 0x9E81, 0x5E40,
		0x5A00, 0x9AC1, 0x9B81, 0x5B40, 0x9901, 0x59C0, 0x5880, 0x9841,
		0x8801, 0x48C0, 0x4980, 0x8941, 0x4B00, 0x8BC1, 0x8A81, 0x4A40,
		0x4E00, 0x8EC1, 0x8F81, 0x4F40, 0x8D01, 0x4DC0, 0x4C80, 0x8C41,
		0x4400, 0x84C1, 0x8581, 0x4540, 0x8701, 0x47C0, 0x4680, 0x8641,
		0x8201, 0x42C0, 0x4380, 0x8341, 0x4100, 0x81C1, 0x8081, 0x4040,
	},
	{
		0x0000, 0x9001, 0x6001, 0xF000, 0xC002, 0x5003, 0xA003, 0x3002,
		0xC007, 0x5006, 0xA006, 0x3007, 0x0005, 0x9004, 0x6004, 0xF005,
		0xC00D, 0x500C, 0xA00C, 0x300D, 0x000F, 0x900E, 0x600E, 0xF00F,
		0x000A, 0x900B, 0x600B, 0xF00A, 0xC008, 0x5009, 0xA009, 0x3008,
		0xC019, 0x5018, 0xA018, 0x3019, 0x001B, 0x901A, 0x601A, 0xF01B,
		0x001E, 0x901F, 0x601F, 0xF01E, 0xC01C, 0x501D, 0xA01D, 0x301C,
		0x0014, 0x9015, 0x6015, 0xF014, 0xC016, 0x5017, 0xA017, 0x3016,
		0xC013, 0x5012, 0xA012, 0x3013, 0x0011, 0x9010, 0x6010, 0xF011,
		0xC031, 0x5030, 0xA030, 0x3031, 0x0033, 0x9032, 0x6032, 0xF033,
		0x0036, 0x9037, 0x6037, 0xF036, 0xC034, 0x5035, 0xA035, 0x3034,
		0x003C, 0x903D, 0x603D, 0xF03C, 0xC03E, 0x503F, 0xA03F, 0x303E,
		0xC03B, 0x503A, 0xA03A, 0x303B, 0x0039, 0x9038, 0x6038, 0xF039,
		0x0028, 0x9029, 0x6029, 0xF028, 0xC02A, 0x502B, 0xA02B, 0x302A,
		0xC02F, 0x502E, 0xA02E, 0x302F, 0x002D, 0x902C, 0x602C, 0xF02D,
		0xC025, 0x5024, 0xA024, 0x3025, 0x0027, 0x9026, 0x6026, 0xF027,
		0x0022, 0x9023, 0x6023, 0xF022, 0xC020, 0x5021, 0xA021, 0x3020,
		0xC061, 0x5060, 0xA060, 0x3061, 0x0063, 0x9062, 0x6062, 0xF063,
		0x0066, 0x9067, 0x6067, 0xF066, 0xC064, 0x5065, 0xA065, 0x3064,
		0x006C, 0x906D, 0x606D, 0xF06C, 0xC06E, 0x506F, 0xA06F, 0x306E,
		0xC06B, 0x506A, 0xA06A, 0x306B, 0x0069, 0x9068, 0x6068, 0xF069,
		0x0078, 0x9079, 0x6079, 0xF078, 0xC07A, 0x507B, 0xA07B, 0x307A,
		0xC07F, 0x507E, 0xA07E, 0x307F, 0x007D, 0x907C, 0x607C, 0xF07D,
		0xC075, 0x5074, 0xA074, 0x3075, 0x0077, 0x9076, 0x6076, 0xF077,
		0x0072, 0x9073, 0x6073, 0xF072, 0xC070, 0x5071, 0xA071, 0x3070,
		0x0050, 0x9051, 0x6051, 0xF050, 0xC052, 0x5053, 0xA053, 0x3052,
		0xC057, 0x5056, 0xA056, 0x3057, 0x0055, 0x9054, 0x6054, 0xF055,
		0xC05D, 0x505C, 0xA05C, 0x305D, 0x005F, 0x905E, 0x605E, 0xF05F,
		0x005A, 0x905B, 0x605B, 0xF05A, 0xC058, 0x5059, 0xA059, 0x3058,
		0xC049, 0x5048, 0xA048, 0x3049, 0x004B, 0x904A, 0x604A, 0xF04B,
		0x004E, 0x904F, 0x604F, 0xF04E, 0xC04C, 0x504D, 0xA04D, 0x304C,
		0x0044, 0x9045, 0x6045, 0xF044, 0xC046, 0x5047, 0xA047, 0x3046,
		0xC043, 0x5042, 0xA042, 0x3043, 0x0041, 0x9040, 0x6040, 0xF041,
	},
	{
		0x0000, 0xC051, 0xC0A1, 0x00F0, 0xC141, 0x0110, 0x01E0, 0xC1B1,
		0xC281, 0x02D0, 0x0220, 0xC271, 0x03C0, 0xC391, 0xC361, 0x0330,
		0xC501, 0x0550, 0x05A0, 0xC5F1, 0x0440, 0xC411, 0xC4E1, 0x04B0,
		0x0780, 0xC7D1, 0xC721, 0x0770, 0xC6C1, 0x0690, 0x0660, 0xC631,
		0xCA01, 0x0A50, 0x0AA0, 0xCAF1, 0x0B40, 0xCB11, 0xCBE1, 0x0BB0,
		0x0880, 0xC8D1, 0xC821, 0x0870, 0xC9C1, 0x0990, 0x0960, 0xC931,
		0x0F00, 0xCF51, 0xCFA1, 0x0FF0, 0xCE41, 0x0E10, 0x0EE0, 0xCEB1,
		0xCD81, 0x0DD0, 0x0D20, 0xCD71, 0x0CC0, 0xCC91, 0xCC61, 0x0C30,
		0xD401, 0x1450, 0x14A0, 0xD4F1, 0x1540, 0xD511, 0xD5E1, 0x15B0,
		0x1680, 0xD6D1, 0xD621, 0x1670, 0xD7C1, 0x1790, 0x1760, 0xD731,
		0x1100, 0xD151, 0xD1A1, 0x11F0, 0xD041, 0x1010, 0x10E0, 0xD0B1,
		0xD381, 0x13D0, 0x1320, 0xD371, 0x12C0, 0xD291, 0xD261, 0x1230,
		0x1E00, 0xDE51, 0xDEA1, 0x1EF0, 0xDF41, 0x1F10, 0x1FE0, 0xDFB1,
		0xDC81, 0x1CD0, 0x1C20, 0xDC71, 0x1DC0, 0xDD91, 0xDD61, 0x1D30,
		0xDB01, 0x1B50, 0x1BA0, 0xDBF1, 0x1A40, 0xDA11, 0xDAE1, 0x1AB0,
		0x1980, 0xD9D1, 0xD921, 0x1970, 0xD8C1, 0x1890, 0x1860, 0xD831,
		0xE801, 0x2850, 0x28A0, 0xE8F1, 0x2940, 0xE911, 0xE9E1, 0x29B0,
		0x2A80, 0xEAD1, 0xEA21, 0x2A70, 0xEBC1, 0x2B90, 0x2B60, 0xEB31,
		0x2D00, 0xED51, 0xEDA1, 0x2DF0, 0xEC41, 0x2C10, 0x2CE0, 0xECB1,
		0xEF81, 0x2FD0, 0x2F20, 0xEF71, 0x2EC0, 0xEE91, 0xEE61, 0x2E30,
		0x2200, 0xE251, 0xE2A1, 0x22F0, 0xE341, 0x2310, 0x23E0, 0xE3B1,
		0xE081, 0x20D0, 0x2020, 0xE071, 0x21C0, 0xE191, 0xE161, 0x2130,
		0xE701, 0x2750, 0x27A0, 0xE7F1, 0x2640, 0xE611, 0xE6E1, 0x26B0,
		0x2580, 0xE5D1, 0xE521, 0x2570, 0xE4C1, 0x2490, 0x2460, 0xE431,
		0x3C00, 0xFC51, 0xFCA1, 0x3CF0, 0xFD41, 0x3D10, 0x3DE0, 0xFDB1,
		0xFE81, 0x3ED0, 0x3E20, 0xFE71, 0x3FC0, 0xFF91, 0xFF61, 0x3F30,
		0xF901, 0x3950, 0x39A0, 0xF9F1, 0x3840, 0xF811, 0xF8E1, 0x38B0,
		0x3B80, 0xFBD1, 0xFB21, 0x3B70, 0xFAC1, 0x3A90, 0x3A60, 0xFA31,
		0xF601, 0x3650, 0x36A0, 0xF6F1, 0x3740, 0xF711, 0xF7E1, 0x37B0,
		0x3480, 0xF4D1, 0xF421, 0x3470, 0xF5C1, 0x3590, 0x3560, 0xF531,
		0x3300, 0xF351, 0xF3A1, 0x33F0, 0xF241, 0x3210, 0x32E0, 0xF2B1,
		0xF181, 0x31D0, 0x3120, 0xF171, 0x30C0, 0xF091, 0xF061, 0x3030,
	},
	{
		0x0000, 0xFC01, 0xB801, 0x4400, 0x3001, 0xCC00, 0x8800, 0x7401,
		0x6002, 0x9C03, 0xD803, 0x2402, 0x5003, 0xAC02, 0xE802, 0x1403,
		0xC004, 0x3C05, 0x7805, 0x8404, 0xF005, 0x0C04, 0x4804, 0xB405,
		0xA006, 0x5C07, 0x1807, 0xE406, 0x9007, 0x6C06, 0x2806, 0xD407,
		0xC00B, 0x3C0A, 0x780A, 0x840B, 0xF00A, 0x0C0B, 0x480B, 0xB40A,
		0xA009, 0x5C08, 0x1808, 0xE409, 0x9008, 0x6C09, 0x2809, 0xD408,
		0x000F, 0xFC0E, 0xB80E, 0x440F, 0x300E, 0xCC0F, 0x880F, 0x740E,
		0x600D, 0x9C0C, 0xD80C, 0x240D, 0x500C, 0xAC0D, 0xE80D, 0x140C,
		0xC015, 0x3C14, 0x7814, 0x8415, 0xF014, 0x0C15, 0x4815, 0xB414,
		0xA017, 0x5C16, 0x1816, 0xE417, 0x9016, 0x6C17, 0x2817, 0xD416,
		0x0011, 0xFC10, 0xB810, 0x4411, 0x3010, 0xCC11, 0x8811, 0x7410,
		0x6013, 0x9C12, 0xD812, 0x2413, 0x5012, 0xAC13, 0xE813, 0x1412,
		0x001E, 0xFC1F, 0xB81F, 0x441E, 0x301F, 0xCC1E, 0x881E, 0x741F,
		0x601C, 0x9C1D, 0xD81D, 0x241C, 0x501D, 0xAC1C, 0xE81C, 0x141D,
		0xC01A, 0x3C1B, 0x781B, 0x841A, 0xF01B, 0x0C1A, 0x481A, 0xB41B,
		0xA018, 0x5C19, 0x1819, 0xE418, 0x9019, 0x6C18, 0x2818, 0xD419,
		0xC029, 0x3C28, 0x7828, 0x8429, 0xF028, 0x0C29, 0x4829, 0xB428,
		0xA02B, 0x5C2A, 0x182A, 0xE42B, 0x902A, 0x6C2B, 0x282B, 0xD42A,
		0x002D, 0xFC2C, 0xB82C, 0x442D, 0x302C, 0xCC2D, 0x882D, 0x742C,
		0x602F, 0x9C2E, 0xD82E, 0x242F, 0x502E, 0xAC2F, 0xE82F, 0x142E,
		0x0022, 0xFC23, 0xB823, 0x4422, 0x3023, 0xCC22, 0x8822, 0x7423,
		0x6020, 0x9C21, 0xD821, 0x2420, 0x5021, 0xAC20, 0xE820, 0x1421,
		0xC026, 0x3C27, 0x7827, 0x8426, 0xF027, 0x0C26, 0x4826, 0xB427,
		0xA024, 0x5C25, 0x1825, 0xE424, 0x9025, 0x6C24, 0x2824, 0xD425,
		0x003C, 0xFC3D, 0xB83D, 0x443C, 0x303D, 0xCC3C, 0x883C, 0x743D,
		0x603E, 0x9C3F, 0xD83F, 0x243E, 0x503F, 0xAC3E, 0xE83E, 0x143F,
		0xC038, 0x3C39, 0x7839, 0x8438, 0xF039, 0x0C38, 0x4838, 0xB439,
		0xA03A, 0x5C3B, 0x183B, 0xE43A, 0x903B, 0x6C3A, 0x283A, 0xD43B,
		0xC037, 0x3C36, 0x7836, 0x8437, 0xF036, 0x0C37, 0x4837, 0xB436,
		0xA035, 0x5C34, 0x1834, 0xE435, 0x9034, 0x6C35, 0x2835, 0xD434,
		0x0033, 0xFC32, 0xB832, 0x4433, 0x3032, 0xCC33, 0x8833, 0x7432,
		0x6031, 0x9C30, 0xD830, 0x2431, 0x5030, 0xAC31, 0xE831, 0x1430,
	},
	{
		0x0000, 0xC03D, 0xC079, 0x0044, 0xC0F1, 0x00CC, 0x0088, 0xC0B5,
		0xC1E1, 0x01DC, 0x0198, 0xC1A5, 0x0110, 0xC12D, 0xC169, 0x0154,
		0xC3C1, 0x03FC, 0x03B8, 0xC385, 0x0330, 0xC30D, 0xC349, 0x0374,
		0x0220, 0xC21D, 0xC259, 0x0264, 0xC2D1, 0x02EC, 0x02A8, 0xC295,
		0xC781, 0x07BC, 0x07F8, 0xC7C5, 0x0770, 0xC74D, 0xC709, 0x0734,
		0x0660, 0xC65D, 0xC619, 0x0624, 0xC691, 0x06AC, 0x06E8, 0xC6D5,
		0x0440, 0xC47D, 0xC439, 0x0404, 0xC4B1, 0x048C, 0x04C8, 0xC4F5,
		0xC5A1, 0x059C, 0x05D8, 0xC5E5, 0x0550, 0xC56D, 0xC529, 0x0514,
		0xCF01, 0x0F3C, 0x0F78, 0xCF45, 0x0FF0, 0xCFCD, 0xCF89, 0x0FB4,
		0x0EE0, 0xCEDD, 0xCE99, 0x0EA4, 0xCE11, 0x0E2C, 0x0E68, 0xCE55,
		0x0CC0, 0xCCFD, 0xCCB9, 0x0C84, 0xCC31, 0x0C0C, 0x0C48, 0xCC75,
		0xCD21, 0x0D1C, 0x0D58, 0xCD65, 0x0DD0, 0xCDED, 0xCDA9, 0x0D94,
		0x0880, 0xC8BD, 0xC8F9, 0x08C4, 0xC871, 0x084C, 0x0808, 0xC835,
		0xC961, 0x095C, 0x0918, 0xC925, 0x0990, 0xC9AD, 0xC9E9, 0x09D4,
		0xCB41, 0x0B7C, 0x0B38, 0xCB05, 0x0BB0, 0xCB8D, 0xCBC9, 0x0BF4,
		0x0AA0, 0xCA9D, 0xCAD9, 0x0AE4, 0xCA51, 0x0A6C, 0x0A28, 0xCA15,
		0xDE01, 0x1E3C, 0x1E78, 0xDE45, 0x1EF0, 0xDECD, 0xDE89, 0x1EB4,
		0x1FE0, 0xDFDD, 0xDF99, 0x1FA4, 0xDF11, 0x1F2C, 0x1F68, 0xDF55,
		0x1DC0, 0xDDFD, 0xDDB9, 0x1D84, 0xDD31, 0x1D0C, 0x1D48, 0xDD75,
		0xDC21, 0x1C1C, 0x1C58, 0xDC65, 0x1CD0, 0xDCED, 0xDCA9, 0x1C94,
		0x1980, 0xD9BD, 0xD9F9, 0x19C4, 0xD971, 0x194C, 0x1908, 0xD935,
		0xD861, 0x185C, 0x1818, 0xD825, 0x1890, 0xD8AD, 0xD8E9, 0x18D4,
		0xDA41, 0x1A7C, 0x1A38, 0xDA05, 0x1AB0, 0xDA8D, 0xDAC9, 0x1AF4,
		0x1BA0, 0xDB9D, 0xDBD9, 0x1BE4, 0xDB51, 0x1B6C, 0x1B28, 0xDB15,
		0x1100, 0xD13D, 0xD179, 0x1144, 0xD1F1, 0x11CC, 0x1188, 0xD1B5,
		0xD0E1, 0x10DC, 0x1098, 0xD0A5, 0x1010, 0xD02D, 0xD069, 0x1054,
		0xD2C1, 0x12FC, 0x12B8, 0xD285, 0x1230, 0xD20D, 0xD249, 0x1274,
		0x1320, 0xD31D, 0xD359, 0x1364, 0xD3D1, 0x13EC, 0x13A8, 0xD395,
		0xD681, 0x16BC, 0x16F8, 0xD6C5, 0x1670, 0xD64D, 0xD609, 0x1634,
		0x1760, 0xD75D, 0xD719, 0x1724, 0xD791, 0x17AC, 0x17E8, 0xD7D5,
		0x1540, 0xD57D, 0xD539, 0x1504, 0xD5B1, 0x158C, 0x15C8, 0xD5F5,
		0xD4A1, 0x149C, 0x14D8, 0xD4E5, 0x1450, 0xD46D, 0xD429, 0x1414,
	},
	{
		0x0000, 0xD101, 0xE201, 0x3300, 0x8401, 0x5500, 0x6600, 0xB701,
		0x4801, 0x9900, 0xAA00, 0x7B01, 0xCC00, 0x1D01, 0x2E01, 0xFF00,
		0x9002, 0x4103, 0x7203, 0xA302, 0x1403, 0xC502, 0xF602, 0x2703,
		0xD803, 0x0902, 0x3A02, 0xEB03, 0x5C02, 0x8D03, 0xBE03, 0x6F02,
		0x6007, 0xB106, 0x8206, 0x5307, 0xE406, 0x3507, 0x0607, 0xD706,
		0x2806, 0xF907, 0xCA07, 0x1B06, 0xAC07, 0x7D06, 0x4E06, 0x9F07,
		0xF005, 0x2104, 0x1204, 0xC305, 0x7404, 0xA505, 0x9605, 0x4704,
		0xB804, 0x6905, 0x5A05, 0x8B04, 0x3C05, 0xED04, 0xDE04, 0x0F05,
		0xC00E, 0x110F, 0x220F, 0xF30E, 0x440F, 0x950E, 0xA60E, 0x770F,
		0x880F, 0x590E, 0x6A0E, 0xBB0F, 0x0C0E, 0xDD0F, 0xEE0F, 0x3F0E,
		0x500C, 0x810D, 0xB20D, 0x630C, 0xD40D, 0x050C, 0x360C, 0xE70D,
		0x180D, 0xC90C, 0xFA0C, 0x2B0D, 0x9C0C, 0x4D0D, 0x7E0D, 0xAF0C,
		0xA009, 0x7108, 0x4208, 0x9309, 0x2408, 0xF509, 0xC609, 0x1708,
		0xE808, 0x3909, 0x0A09, 0xDB08, 0x6C09, 0xBD08, 0x8E08, 0x5F09,
		0x300B, 0xE10A, 0xD20A, 0x030B, 0xB40A, 0x650B, 0x560B, 0x870A,
		0x780A, 0xA90B, 0x9A0B, 0x4B0A, 0xFC0B, 0x2D0A, 0x1E0A, 0xCF0B,
		0xC01F, 0x111E, 0x221E, 0xF31F, 0x441E, 0x951F, 0xA61F, 0x771E,
		0x881E, 0x591F, 0x6A1F, 0xBB1E, 0x0C1F, 0xDD1E, 0xEE1E, 0x3F1F,
		0x501D, 0x811C, 0xB21C, 0x631D, 0xD41C, 0x051D, 0x361D, 0xE71C,
		0x181C, 0xC91D, 0xFA1D, 0x2B1C, 0x9C1D, 0x4D1C, 0x7E1C, 0xAF1D,
		0xA018, 0x7119, 0x4219, 0x9318, 0x2419, 0xF518, 0xC618, 0x1719,
		0xE819, 0x3918, 0x0A18, 0xDB19, 0x6C18, 0xBD19, 0x8E19, 0x5F18,
		0x301A, 0xE11B, 0xD21B, 0x031A, 0xB41B, 0x651A, 0x561A, 0x871B,
		0x781B, 0xA91A, 0x9A1A, 0x4B1B, 0xFC1A, 0x2D1B, 0x1E1B, 0xCF1A,
		0x0011, 0xD110, 0xE210, 0x3311, 0x8410, 0x5511, 0x6611, 0xB710,
		0x4810, 0x9911, 0xAA11, 0x7B10, 0xCC11, 0x1D10, 0x2E10, 0xFF11,
		0x9013, 0x4112, 0x7212, 0xA313, 0x1412, 0xC513, 0xF613, 0x2712,
		0xD812, 0x0913, 0x3A13, 0xEB12, 0x5C13, 0x8D12, 0xBE12, 0x6F13,
		0x6016, 0xB117, 0x8217, 0x5316, 0xE417, 0x3516, 0x0616, 0xD717,
		0x2817, 0xF916, 0xCA16, 0x1B17, 0xAC16, 0x7D17, 0x4E17, 0x9F16,
		0xF014, 0x2115, 0x1215, 0xC314, 0x7415, 0xA514, 0x9614, 0x4715,
		0xB815, 0x6914, 0x5A14, 0x8B15, 0x3C14, 0xED15, 0xDE15, 0x0F14,
	},
	{
		0x0000, 0xC010, 0xC023, 0x0033, 0xC045, 0x0055, 0x0066, 0xC076,
		0xC089, 0x0099, 0x00AA, 0xC0BA, 0x00CC, 0xC0DC, 0xC0EF, 0x00FF,
		0xC111, 0x0101, 0x0132, 0xC122, 0x0154, 0xC144, 0xC177, 0x0167,
		0x0198, 0xC188, 0xC1BB, 0x01AB, 0xC1DD, 0x01CD, 0x01FE, 0xC1EE,
		0xC221, 0x0231, 0x0202, 0xC212, 0x0264, 0xC274, 0xC247, 0x0257,
		0x02A8, 0xC2B8, 0xC28B, 0x029B, 0xC2ED, 0x02FD, 0x02CE, 0xC2DE,
		0x0330, 0xC320, 0xC313, 0x0303, 0xC375, 0x0365, 0x0356, 0xC346,
		0xC3B9, 0x03A9, 0x039A, 0xC38A, 0x03FC, 0xC3EC, 0xC3DF, 0x03CF,
		0xC441, 0x0451, 0x0462, 0xC472, 0x0404, 0xC414, 0xC427, 0x0437,
		0x04C8, 0xC4D8, 0xC4EB, 0x04FB, 0xC48D, 0x049D, 0x04AE, 0xC4BE,
		0x0550, 0xC540, 0xC573, 0x0563, 0xC515, 0x0505, 0x0536, 0xC526,
		0xC5D9, 0x05C9, 0x05FA, 0xC5EA, 0x059C, 0xC58C, 0xC5BF, 0x05AF,
		0x0660, 0xC670, 0xC643, 0x0653, 0xC625, 0x0635, 0x0606, 0xC616,
		0xC6E9, 0x06F9, 0x06CA, 0xC6DA, 0x06AC, 0xC6BC, 0xC68F, 0x069F,
		0xC771, 0x0761, 0x0752, 0xC742, 0x0734, 0xC724, 0xC717, 0x0707,
		0x07F8, 0xC7E8, 0xC7DB, 0x07CB, 0xC7BD, 0x07AD, 0x079E, 0xC78E,
		0xC881, 0x0891, 0x08A2, 0xC8B2, 0x08C4, 0xC8D4, 0xC8E7, 0x08F7,
		0x0808, 0xC818, 0xC82B, 0x083B, 0xC84D, 0x085D, 0x086E, 0xC87E,
		0x0990, 0xC980, 0xC9B3, 0x09A3, 0xC9D5, 0x09C5, 0x09F6, 0xC9E6,
		0xC919, 0x0909, 0x093A, 0xC92A, 0x095C, 0xC94C, 0xC97F, 0x096F,
		0x0AA0, 0xCAB0, 0xCA83, 0x0A93, 0xCAE5, 0x0AF5, 0x0AC6, 0xCAD6,
		0xCA29, 0x0A39, 0x0A0A, 0xCA1A, 0x0A6C, 0xCA7C, 0xCA4F, 0x0A5F,
		0xCBB1, 0x0BA1, 0x0B92, 0xCB82, 0x0BF4, 0xCBE4, 0xCBD7, 0x0BC7,
		0x0B38, 0xCB28, 0xCB1B, 0x0B0B, 0xCB7D, 0x0B6D, 0x0B5E, 0xCB4E,
		0x0CC0, 0xCCD0, 0xCCE3, 0x0CF3, 0xCC85, 0x0C95, 0x0CA6, 0xCCB6,
		0xCC49, 0x0C59, 0x0C6A, 0xCC7A, 0x0C0C, 0xCC1C, 0xCC2F, 0x0C3F,
		0xCDD1, 0x0DC1, 0x0DF2, 0xCDE2, 0x0D94, 0xCD84, 0xCDB7, 0x0DA7,
		0x0D58, 0xCD48, 0xCD7B, 0x0D6B, 0xCD1D, 0x0D0D, 0x0D3E, 0xCD2E,
		0xCEE1, 0x0EF1, 0x0EC2, 0xCED2, 0x0EA4, 0xCEB4, 0xCE87, 0x0E97,
		0x0E68, 0xCE78, 0xCE4B, 0x0E5B, 0xCE2D, 0x0E3D, 0x0E0E, 0xCE1E,
		0x0FF0, 0xCFE0, 0xCFD3, 0x0FC3, 0xCFB5, 0x0FA5, 0x0F96, 0xCF86,
		0xCF79, 0x0F69, 0x0F5A, 0xCF4A, 0x0F3C, 0xCF2C, 0xCF1F, 0x0F0F,
	},
	{
		0x0000, 0xCCC1, 0xD981, 0x1540, 0xF301, 0x3FC0, 0x2A80, 0xE641,
		0xA601, 0x6AC0, 0x7F80, 0xB341, 0x5500, 0x99C1, 0x8C81, 0x4040,
		0x0C01, 0xC0C0, 0xD580, 0x1941, 0xFF00, 0x33C1, 0x2681, 0xEA40,
		0xAA00, 0x66C1, 0x7381, 0xBF40, 0x5901, 0x95C0, 0x8080, 0x4C41,
		0x1802, 0xD4C3, 0xC183, 0x0D42, 0xEB03, 0x27C2, 0x3282, 0xFE43,
		0xBE03, 0x72C2, 0x6782, 0xAB43, 0x4D02, 0x81C3, 0x9483, 0x5842,
		0x1403, 0xD8C2, 0xCD82, 0x0143, 0xE702, 0x2BC3, 0x3E83, 0xF242,
		0xB202, 0x7EC3, 0x6B83, 0xA742, 0x4103, 0x8DC2, 0x9882, 0x5443,
		0x3004, 0xFCC5, 0xE985, 0x2544, 0xC305, 0x0FC4, 0x1A84, 0xD645,
		0x9605, 0x5AC4, 0x4F84, 0x8345, 0x6504, 0xA9C5, 0xBC85, 0x7044,
		0x3C05, 0xF0C4, 0xE584, 0x2945, 0xCF04, 0x03C5, 0x1685, 0xDA44,
		0x9A04, 0x56C5, 0x4385, 0x8F44, 0x6905, 0xA5C4, 0xB084, 0x7C45,
		0x2806, 0xE4C7, 0xF187, 0x3D46, 0xDB07, 0x17C6, 0x0286, 0xCE47,
		0x8E07, 0x42C6, 0x5786, 0x9B47, 0x7D06, 0xB1C7, 0xA487, 0x6846,
		0x2407, 0xE8C6, 0xFD86, 0x3147, 0xD706, 0x1BC7, 0x0E87, 0xC246,
		0x8206, 0x4EC7, 0x5B87, 0x9746, 0x7107, 0xBDC6, 0xA886, 0x6447,
		0x6008, 0xACC9, 0xB989, 0x7548, 0x9309, 0x5FC8, 0x4A88, 0x8649,
		0xC609, 0x0AC8, 0x1F88, 0xD349, 0x3508, 0xF9C9, 0xEC89, 0x2048,
		0x6C09, 0xA0C8, 0xB588, 0x7949, 0x9F08, 0x53C9, 0x4689, 0x8A48,
		0xCA08, 0x06C9, 0x1389, 0xDF48, 0x3909, 0xF5C8, 0xE088, 0x2C49,
		0x780A, 0xB4CB, 0xA18B, 0x6D4A, 0x8B0B, 0x47CA, 0x528A, 0x9E4B,
		0xDE0B, 0x12CA, 0x078A, 0xCB4B, 0x2D0A, 0xE1CB, 0xF48B, 0x384A,
		0x740B, 0xB8CA, 0xAD8A, 0x614B, 0x870A, 0x4BCB, 0x5E8B, 0x924A,
		0xD20A, 0x1ECB, 0x0B8B, 0xC74A, 0x210B, 0xEDCA, 0xF88A, 0x344B,
		0x500C, 0x9CCD, 0x898D, 0x454C, 0xA30D, 0x6FCC, 0x7A8C, 0xB64D,
		0xF60D, 0x3ACC, 0x2F8C, 0xE34D, 0x050C, 0xC9CD, 0xDC8D, 0x104C,
		0x5C0D, 0x90CC, 0x858C, 0x494D, 0xAF0C, 0x63CD, 0x768D, 0xBA4C,
		0xFA0C, 0x36CD, 0x238D, 0xEF4C, 0x090D, 0xC5CC, 0xD08C, 0x1C4D,
		0x480E, 0x84CF, 0x918F, 0x5D4E, 0xBB0F, 0x77CE, 0x628E, 0xAE4F,
		0xEE0F, 0x22CE, 0x378E, 0xFB4F, 0x1D0E, 0xD1CF, 0xC48F, 0x084E,
		0x440F, 0x88CE, 0x9D8E, 0x514F, 0xB70E, 0x7BCF, 0x6E8F, 0xA24E,
		0xE20E, 0x2ECF, 0x3B8F, 0xF74E, 0x110F, 0xDDCE, 0xC88E, 0x044F,
	},
};

uint16_t
fit_crc16(uint16_t crc, const uint8_t *p, size_t n)
{
	uint32_t c = crc;

	for (; n >= 8; p += 8, n -= 8) {
		c ^= (uint32_t)p[0] | (uint32_t)p[1] << 8;
		c = (uint32_t)crc_tab[7][c & 0xFF] ^ crc_tab[6][c >> 8] ^
		    crc_tab[5][p[2]] ^ crc_tab[4][p[3]] ^ crc_tab[3][p[4]] ^
		    crc_tab[2][p[5]] ^ crc_tab[1][p[6]] ^ crc_tab[0][p[7]];
	}
	for (; n; p++, n--)
		c = (c >> 8) ^ crc_tab[0][(c ^ *p) & 0xFF];
	return (uint16_t)c;
}

int
fit_sniff(const uint8_t *buf, size_t len)
{
	return buf && len >= 12 && (buf[0] == 12 || buf[0] == 14) &&
	       memcmp(buf + 8, ".FIT", 4) == 0;
}

static inline uint16_t
ld16(const uint8_t *p, int be)
{
	return be ? (uint16_t)(p[0] << 8 | p[1]) : (uint16_t)(p[1] << 8 | p[0]);
}

static inline uint32_t
ld32(const uint8_t *p, int be)
{
	if (be)
		return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
		       (uint32_t)p[2] << 8 | p[3];
	return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[1] << 8 | p[0];
}

static inline uint64_t
ld64(const uint8_t *p, int be)
{
	uint64_t hi = ld32(p + (be ? 0 : 4), be);
	uint64_t lo = ld32(p + (be ? 4 : 0), be);

	return hi << 32 | lo;
}

static inline void
st32(uint8_t *p, uint32_t x, int be)
{
	for (int i = 0; i < 4; i++)
		p[be ? 3 - i : i] = (uint8_t)(x >> (8 * i));
}

/* The value of the field at p, or NAN for the type's invalid value. Signed
 * values are sign-extended by arithmetic, not by conversion, so that the
 * result never depends on the implementation. */
static inline double
field_value(const uint8_t *p, unsigned kind, int be)
{
	uint32_t x;
	uint64_t y;

	switch (kind) {
	case K_U8:
		return p[0] == 0xFF ? (double)NAN : p[0];
	case K_S8:
		return p[0] == 0x7F ? (double)NAN
		       : (double)p[0] - (p[0] & 0x80 ? 256 : 0);
	case K_U8Z:
		return p[0] == 0 ? (double)NAN : p[0];
	case K_U16:
		x = ld16(p, be);
		return x == 0xFFFF ? (double)NAN : x;
	case K_S16:
		x = ld16(p, be);
		return x == 0x7FFF ? (double)NAN
		       : (double)x - (x & 0x8000 ? 65536 : 0);
	case K_U16Z:
		x = ld16(p, be);
		return x == 0 ? (double)NAN : x;
	case K_U32:
		x = ld32(p, be);
		return x == 0xFFFFFFFF ? (double)NAN : x;
	case K_S32:
		x = ld32(p, be);
		return x == 0x7FFFFFFF ? (double)NAN
		       : (double)x - (x & 0x80000000u ? 4294967296.0 : 0);
	case K_U32Z:
		x = ld32(p, be);
		return x == 0 ? (double)NAN : x;
	case K_U64:
		y = ld64(p, be);
		return y == UINT64_MAX ? (double)NAN : (double)y;
	case K_S64:
		y = ld64(p, be);
		if (y == 0x7FFFFFFFFFFFFFFF)
			return NAN;
		return y >> 63 ? -(double)(~y + 1) : (double)y;
	case K_U64Z:
		y = ld64(p, be);
		return y == 0 ? (double)NAN : (double)y;
	case K_F32: {
		float f;

		x = ld32(p, be);
		memcpy(&f, &x, sizeof(f));
		return x == 0xFFFFFFFF || !isfinite(f) ? (double)NAN : f;
	}
	case K_F64: {
		double g;

		y = ld64(p, be);
		memcpy(&g, &y, sizeof(g));
		return y == UINT64_MAX || !isfinite(g) ? (double)NAN : g;
	}
	case K_CSD:
		/* 12 bits of speed (1/100 m/s), then 12 bits of distance
		 * (1/16 m, rolling over at 256 m): the distance part. */
		if (p[0] == 0xFF && p[1] == 0xFF && p[2] == 0xFF)
			return NAN;
		return (double)((unsigned)p[1] >> 4 | (unsigned)p[2] << 4);
	default:
		return NAN;
	}
}

/* A FIT date_time from a decoded value: 1 when x is one. */
static inline int
fit_time(uint32_t *out, double x)
{
	if (!(x >= 0 && x <= 4294967294.0))
		return 0;
	*out = (uint32_t)x;
	return 1;
}

/* An enum value (sport, file type, event...) or -1. */
static inline int
fit_enum(double x)
{
	return x >= 0 && x <= 255 ? (int)x : -1;
}

/* A uint16 of the profile (file_id manufacturer, product) or -1. A file's
 * definition may give the field any base type: a value no uint16 holds,
 * or 0xFFFF, the invalid one, is unknown (converting a double out of
 * int's range would be undefined). */
static inline int
fit_u16(double x)
{
	return x >= 0 && x < 0xFFFF ? (int)x : -1;
}

static enum msg
msg_of(unsigned global)
{
	switch (global) {
	case MESG_FILE_ID: return M_FILE_ID;
	case MESG_SPORT: return M_SPORT;
	case MESG_SESSION: return M_SESSION;
	case MESG_LAP: return M_LAP;
	case MESG_RECORD: return M_RECORD;
	case MESG_EVENT: return M_EVENT;
	case MESG_ACTIVITY: return M_ACTIVITY;
	case MESG_TIMESTAMP_CORRELATION: return M_TSCORR;
	case MESG_DEVICE_SETTINGS: return M_DEVSET;
	default: return M_OTHER;
	}
}

/* The slot field number num of message m feeds when decoding, or -1. The
 * numbers are those of the FIT profile. */
static int
slot_of(enum msg m, unsigned num)
{
	if (num == 253)
		return SL_TS;
	switch (m) {
	case M_FILE_ID:
		return num == 0 ? SL_TYPE : num == 1 ? SL_MFR
		       : num == 2 ? SL_PRODUCT : -1;
	case M_SPORT:
		return num == 0 ? SL_SPORT : num == 1 ? SL_SUB : -1;
	case M_SESSION:
		switch (num) {
		case 2: return SL_START;
		case 5: return SL_SPORT;
		case 6: return SL_SUB;
		case 7: return SL_ELAPSED;
		case 8: return SL_TIMER;
		case 9: return SL_DIST;
		case 16: return SL_HR;
		case 18: return SL_CAD;
		case 20: return SL_POWER;
		case 22: return SL_ASCENT;
		case 92: return SL_FRAC;
		default: return -1;
		}
	case M_LAP:
		return num == 25 ? SL_SPORT : num == 39 ? SL_SUB : -1;
	case M_RECORD:
		switch (num) {
		case 0: return SL_LAT;
		case 1: return SL_LON;
		case 3: return SL_HR;
		case 4: return SL_CAD;
		case 5: return SL_DIST;
		case 7: return SL_POWER;
		case 8: return SL_CSD;
		case 53: return SL_FRAC;
		default: return -1;
		}
	case M_EVENT:
		return num == 0 ? SL_EVENT : num == 1 ? SL_EVTYPE : -1;
	case M_ACTIVITY:
		return num == 5 ? SL_LOCALTS : -1;
	case M_TSCORR:
		return num == 1 ? SL_SYSTS : -1;
	case M_DEVSET:
		return num == 1 ? SL_UTCOFF : -1;
	default:
		return -1;
	}
}

/* The slot field number num of message m feeds when shifting times: the
 * timestamp, or one of the date_time fields fit_shift_timestamps moves. */
static int
shift_slot_of(enum msg m, unsigned num)
{
	if (num == 253)
		return SL_TS;
	if ((m == M_FILE_ID && num == 4) || (m == M_SESSION && num == 2) ||
	    (m == M_LAP && num == 2) || (m == M_ACTIVITY && num == 5))
		return SL_DT;
	return -1;
}

/* How to read a field of the given size and base type for a slot. A field
 * shorter than its base type (or a string) is not read: its slot stays
 * unknown. An array is read as its first element. */
static unsigned
field_kind(int slot, unsigned size, unsigned base)
{
	unsigned k;

	if (slot == SL_CSD)
		return size >= 3 ? K_CSD : K_NONE;
	k = (base & 0x1F) <= 16 ? base_kind[base & 0x1F] : K_NONE;
	return size >= kind_size[k] ? k : K_NONE;
}

/* Compiles the definition message whose field definitions (nf triples)
 * start at q into df. devsize is the total size of its developer fields,
 * skipped unread. Bounds were checked by the caller. */
static void
def_compile(struct fit_def *df, const uint8_t *q, unsigned nf,
	    unsigned global, int be, uint32_t devsize, int shift)
{
	enum msg m = msg_of(global);
	uint32_t off = 0;

	df->defined = 1;
	df->msg = (uint8_t)m;
	df->be = (uint8_t)be;
	df->nref = 0;
	df->nclear = 0;
	for (unsigned i = 0; i < nf; i++, q += 3) {
		int s = shift ? shift_slot_of(m, q[0]) : slot_of(m, q[0]);
		unsigned k, j;

		if (s >= 0 && (k = field_kind(s, q[1], q[2])) != K_NONE) {
			/* A field defined twice: the later one wins, as
			 * when a message's value is assigned twice. */
			for (j = 0; j < df->nref; j++)
				if (df->ref[j].slot == s)
					break;
			if (j < FIT_MAX_REFS) {
				df->ref[j].off = (uint16_t)off;
				df->ref[j].slot = (uint8_t)s;
				df->ref[j].kind = (uint8_t)k;
				if (j == df->nref)
					df->nref++;
			}
		}
		off += q[1];
	}
	df->size = off + devsize;
	if (shift)
		return;
	for (unsigned i = 0; i < msg_nslots[m]; i++) {
		unsigned j, s = msg_slots[m][i];

		for (j = 0; j < df->nref && df->ref[j].slot != s; j++)
			;
		if (j == df->nref)
			df->clear[df->nclear++] = (uint8_t)s;
	}
}

/* State of one FIT file of the chain; reset at each file header. */
struct fit_file {
	int type;            /* file_id.type, or -1 */
	int sport, sub;      /* the first sport message, or -1 */
	int lap_sport, lap_sub; /* the first lap's sport, or -1 */
	int nsessions;       /* session messages read, kept or not */
	size_t ses_begin;    /* index in dec.ses of this file's first */
	size_t ts_begin;     /* index in dec.ts of this file's first */
	int ts_sorted;       /* record timestamps never went backwards */
	int64_t nrec;        /* record messages */
	uint32_t first_ts, last_ts; /* of timestamped records */
	double last_dist;    /* last record distance, m, or NAN */
	double csd_dist;     /* accumulated compressed distance, m */
	int csd_prev;        /* last compressed distance, 1/16 m, or -1 */
	double hr_sum, cad_sum;
	int64_t hr_n, cad_n;
	int timer_seen, timer_on; /* timer start/stop events */
	uint32_t timer_since;
	double timer_s;
	int truncated;       /* stopped before the end of its data */
	int mfr, product;    /* file_id manufacturer and product, or -1 */
	int power_seen;      /* a record with power above 0 W */
	int gears;           /* a front or rear gear-change event */
	int corr_ok;         /* corr ties system time to UTC: */
	int64_t corr;        /* UTC = system time + corr */
	int act_seen;        /* the activity message's times: */
	uint32_t act_ts, act_local;
	double path;         /* positions-only distance, m, for cd[] */
	int prev_ok;         /* prev_* hold the last positioned record */
	double prev_lat, prev_lon;
	uint32_t prev_t;
};

/* A session read, parallel to the activity it made in out. */
struct fit_ses {
	double start, end;   /* start_time and timestamp, FIT time, or NAN */
	double elapsed;      /* total_elapsed_time, s, or NAN */
	double cad, frac;    /* avg_cadence and its fraction, or NAN */
	int sport, sub;      /* or -1 */
	uint32_t win_start, win_end; /* records in [win_start, win_end]
					are the session's points */
	uint8_t fallback;    /* built from records: points already set */
	uint8_t drop;        /* no usable start: removed before return */
	uint8_t power;       /* avg_power above 0 W */
};

/* Decoder state. */
struct fit_dec {
	struct activity_vec *out; /* borrowed */
	size_t base;         /* out->n on entry */
	struct fit_def def[16];
	double v[SL__COUNT]; /* the current message's values */
	uint32_t last_ts;    /* last full timestamp, for compressed headers */
	int have_ts;
	struct fit_ses *ses; /* owned; parallel to out->v[base..] */
	size_t nses, ases;
	uint32_t *ts;        /* owned; timestamps of every record, by file */
	size_t nts, ats;
	float *cd;           /* owned; parallel to ts: the distance the
				device had covered at that record, m, or
				NAN (for the sustained speed) */
	size_t acd;
	int32_t *pos;        /* owned; lat, lon pairs of the file's records,
				kept only while no distance was seen */
	size_t npos, apos;
	struct fit_file f;
	int nonact_type;     /* type of a skipped non-activity file, or -1 */
	int untimed;         /* a file had records but no timestamps */
	int relative;        /* sessions (or record-only files) dropped:
				device-relative times and nothing to tie
				them to UTC */
	int64_t old_n;       /* activities before 2000 */
	uint32_t old_first;  /* the first of them, FIT time */
	int too_many;        /* sessions past FIT_MAX_SESSIONS were dropped */
	char why[96];        /* why the walk stopped (W_BAD) */
	char stop[160];      /* the first early stop, for the error text */
	char warn[480];      /* warnings, "; "-separated */
	size_t wlen;
	int nwarn;           /* warnings added */
};

/* Shift state (fit_shift_timestamps). */
struct fit_shift {
	uint8_t *w;          /* borrowed; the buffer, written in pass 2 */
	int64_t delta;
	int apply;           /* 0: check only; 1: write */
};

static void dec_warn(struct fit_dec *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
dec_warn(struct fit_dec *d, const char *fmt, ...)
{
	va_list ap;
	int n;

	d->nwarn++;
	if (d->wlen + 3 >= sizeof(d->warn))
		return;
	if (d->wlen) {
		memcpy(d->warn + d->wlen, "; ", 3);
		d->wlen += 2;
	}
	va_start(ap, fmt);
	n = vsnprintf(d->warn + d->wlen, sizeof(d->warn) - d->wlen, fmt, ap);
	va_end(ap);
	if (n > 0)
		d->wlen += (size_t)n;
	if (d->wlen >= sizeof(d->warn))
		d->wlen = sizeof(d->warn) - 1;
}

static void
file_begin(struct fit_dec *d)
{
	struct fit_file *f = &d->f;

	memset(d->def, 0, sizeof(d->def));
	d->have_ts = 0;
	d->npos = 0;
	memset(f, 0, sizeof(*f));
	f->type = f->sport = f->sub = f->lap_sport = f->lap_sub = -1;
	f->mfr = f->product = -1;
	f->ses_begin = d->nses;
	f->ts_begin = d->nts;
	f->ts_sorted = 1;
	f->last_dist = NAN;
	f->csd_prev = -1;
}

/* True when x is a position in semicircles (an int32). */
static inline int
semicircle(double x)
{
	return x >= -2147483648.0 && x <= 2147483647.0;
}

static void
on_record(struct fit_dec *d, const double *v)
{
	struct fit_file *f = &d->f;
	uint32_t t = 0;
	int timed = fit_time(&t, v[SL_TS]);
	double cd = NAN;

	f->nrec++;
	if (!isnan(v[SL_DIST]))
		f->last_dist = v[SL_DIST] / 100;
	if (!isnan(v[SL_CSD])) {
		int raw = (int)v[SL_CSD];

		if (f->csd_prev >= 0)
			f->csd_dist += ((raw - f->csd_prev) & 0xFFF) / 16.0;
		f->csd_prev = raw;
	}
	if (v[SL_POWER] > 0)
		f->power_seen = 1;
	/* The distance covered so far, for the sustained speed: the
	 * device's own, else the compressed one, else the path of the
	 * positions (glitches and gaps left out). */
	if (!isnan(v[SL_DIST]))
		cd = v[SL_DIST] / 100;
	else if (f->csd_prev >= 0)
		cd = f->csd_dist;
	else if (timed && semicircle(v[SL_LAT]) && semicircle(v[SL_LON])) {
		double la = v[SL_LAT] * SEMI_TO_DEG, lo = v[SL_LON] * SEMI_TO_DEG;

		if (f->prev_ok && t > f->prev_t && t - f->prev_t <= FIT_GAP_S) {
			double leg = haversine_m(f->prev_lat, f->prev_lon, la,
						 lo);

			if (leg <= FIT_GLITCH_MPS * (t - f->prev_t))
				f->path += leg;
		}
		f->prev_ok = 1;
		f->prev_lat = la;
		f->prev_lon = lo;
		f->prev_t = t;
		cd = f->path;
	}
	if (timed) {
		if (d->nts == d->ats)
			d->ts = xgrow(d->ts, sizeof(*d->ts), d->nts + 1,
				      &d->ats);
		if (d->nts >= d->acd)
			d->cd = xgrow(d->cd, sizeof(*d->cd), d->nts + 1,
				      &d->acd);
		if (d->nts > f->ts_begin) {
			if (t < f->last_ts)
				f->ts_sorted = 0;
		} else {
			f->first_ts = t;
		}
		d->cd[d->nts] = (float)cd;
		d->ts[d->nts++] = t;
		f->last_ts = t;
	}
	if (isnan(f->last_dist) && f->csd_prev < 0 && semicircle(v[SL_LAT]) &&
	    semicircle(v[SL_LON])) {
		if (d->npos + 2 > d->apos)
			d->pos = xgrow(d->pos, sizeof(*d->pos), d->npos + 2,
				       &d->apos);
		d->pos[d->npos++] = (int32_t)v[SL_LAT];
		d->pos[d->npos++] = (int32_t)v[SL_LON];
	}
	if (v[SL_HR] > 0) {
		f->hr_sum += v[SL_HR];
		f->hr_n++;
	}
	if (v[SL_CAD] > 0) {
		f->cad_sum += v[SL_CAD] +
			      (isnan(v[SL_FRAC]) ? 0 : v[SL_FRAC] / 128);
		f->cad_n++;
	}
}

static void
on_session(struct fit_dec *d, const double *v)
{
	struct fit_ses *s;
	struct activity *a;

	d->f.nsessions++;
	if (d->nses >= FIT_MAX_SESSIONS) {
		d->too_many = 1;
		return;
	}
	d->ses = xgrow(d->ses, sizeof(*d->ses), d->nses + 1, &d->ases);
	s = &d->ses[d->nses++];
	memset(s, 0, sizeof(*s));
	a = activity_vec_push(d->out);
	s->start = v[SL_START];
	s->end = v[SL_TS];
	s->elapsed = v[SL_ELAPSED] / 1000;
	/* A zero average (no sensor, as Zwift writes) is no average. */
	s->cad = v[SL_CAD] > 0 ? v[SL_CAD] : NAN;
	s->frac = v[SL_FRAC];
	s->sport = fit_enum(v[SL_SPORT]);
	s->sub = fit_enum(v[SL_SUB]);
	a->has_time = 1;
	a->moving_s = v[SL_TIMER] / 1000;
	a->distance_m = v[SL_DIST] / 100;
	a->elev_gain_m = v[SL_ASCENT];
	a->avg_hr = v[SL_HR] > 0 ? v[SL_HR] : NAN;
	s->power = v[SL_POWER] > 0;
}

static void
on_event(struct fit_dec *d, const double *v)
{
	struct fit_file *f = &d->f;
	int ev = fit_enum(v[SL_EVENT]), type = fit_enum(v[SL_EVTYPE]);
	uint32_t t;

	if (ev == 42 || ev == 43) { /* front_gear_change, rear_gear_change */
		f->gears = 1;
		return;
	}
	if (ev != 0 || type < 0 || !fit_time(&t, v[SL_TS]))
		return; /* only timer events, timed */
	f->timer_seen = 1;
	if (type == 0) { /* start */
		if (!f->timer_on) {
			f->timer_on = 1;
			f->timer_since = t;
		}
	} else if (type == 1 || type == 4 || type == 8 || type == 9) {
		/* stop, stop_all, stop_disable, stop_disable_all */
		if (f->timer_on && t >= f->timer_since)
			f->timer_s += t - f->timer_since;
		f->timer_on = 0;
	}
}

/* The activity message's times, for the file's UTC offset: settled at
 * file_end(), once system times can be tied to UTC. */
static void
on_activity(struct fit_dec *d, const double *v)
{
	uint32_t t, local;

	if (d->f.act_seen || !fit_time(&t, v[SL_TS]) ||
	    !fit_time(&local, v[SL_LOCALTS]))
		return;
	d->f.act_seen = 1;
	d->f.act_ts = t;
	d->f.act_local = local;
}

/* timestamp_correlation: UTC and system time at one instant. The first
 * that ties a system time to a real date wins. */
static void
on_tscorr(struct fit_dec *d, const double *v)
{
	uint32_t t, sys;

	if (d->f.corr_ok || !fit_time(&t, v[SL_TS]) ||
	    !fit_time(&sys, v[SL_SYSTS]) || t < FIT_SYSTIME_MAX ||
	    sys >= FIT_SYSTIME_MAX)
		return;
	d->f.corr_ok = 1;
	d->f.corr = (int64_t)t - sys;
}

/* device_settings.utc_offset: "Offset from system time. Required to
 * convert timestamp from system time to UTC" (FIT profile). Believed
 * only where it carries a system time to a real date, and only when no
 * timestamp_correlation did. */
static void
on_devset(struct fit_dec *d, const double *v)
{
	double off = v[SL_UTCOFF];

	if (d->f.corr_ok || !(off >= FIT_SYSTIME_MAX && off <= 4294967294.0))
		return;
	d->f.corr_ok = 1;
	d->f.corr = (int64_t)off;
}

/* How a walk over one file's records ended. */
enum walk_end { W_OK, W_TRUNC, W_BAD };

/* The time of a record with a compressed-timestamp header h: 5 bits of
 * seconds, rolling over the last full timestamp. Advances last_ts. */
static inline uint32_t
compressed_time(struct fit_dec *d, unsigned h)
{
	uint32_t o = h & 0x1F, t = (d->last_ts & ~0x1Fu) + o;

	if (o < (d->last_ts & 0x1F))
		t += 0x20;
	d->last_ts = t;
	return t;
}

/* Reads the definition message at p (header h) into its local type's
 * slot. Returns its length, or 0 when it runs past end. A definition is:
 * header, reserved, architecture, global number (2 bytes), field count,
 * 3 bytes a field; then, with bit 5 of the header, a developer field
 * count and 3 bytes each (number, size, developer index). */
static size_t
def_read(struct fit_dec *d, const uint8_t *buf, size_t p, size_t end,
	 unsigned h, int shift)
{
	size_t need = 6, nf, ndev = 0;
	uint32_t devsize = 0;
	int be;

	if (end - p < need)
		return 0;
	nf = buf[p + 5];
	need += 3 * nf;
	if (h & 0x20) {
		if (end - p < need + 1)
			return 0;
		ndev = buf[p + need];
		need += 1 + 3 * ndev;
	}
	if (end - p < need)
		return 0;
	for (size_t i = 0; i < ndev; i++)
		devsize += buf[p + 6 + 3 * nf + 1 + 3 * i + 1];
	be = buf[p + 2] != 0;
	def_compile(&d->def[h & 0x0F], buf + p + 6, (unsigned)nf,
		    ld16(buf + p + 3, be), be, devsize, shift);
	return need;
}

/* Decodes the data message m (header h, definition df) and hands it on. */
static inline void
decode_message(struct fit_dec *d, const uint8_t *m, unsigned h,
	       const struct fit_def *df)
{
	double *v = d->v;
	uint32_t t;

	for (unsigned i = 0; i < df->nclear; i++)
		v[df->clear[i]] = NAN;
	for (unsigned i = 0; i < df->nref; i++) {
		const struct fit_ref *r = &df->ref[i];

		v[r->slot] = field_value(m + r->off, r->kind, df->be);
	}
	if (h & 0x80) {
		v[SL_TS] = d->have_ts ? (double)compressed_time(d, h)
				    : (double)NAN;
	} else if (fit_time(&t, v[SL_TS])) {
		d->last_ts = t;
		d->have_ts = 1;
	} else {
		v[SL_TS] = NAN;
	}
	switch (df->msg) {
	case M_RECORD:
		on_record(d, v);
		break;
	case M_SESSION:
		on_session(d, v);
		break;
	case M_FILE_ID:
		if (d->f.type < 0)
			d->f.type = fit_enum(v[SL_TYPE]);
		if (d->f.mfr < 0 && fit_u16(v[SL_MFR]) >= 0) {
			d->f.mfr = fit_u16(v[SL_MFR]);
			d->f.product = fit_u16(v[SL_PRODUCT]);
		}
		break;
	case M_SPORT:
		if (d->f.sport < 0) {
			d->f.sport = fit_enum(v[SL_SPORT]);
			d->f.sub = fit_enum(v[SL_SUB]);
		}
		break;
	case M_LAP:
		if (d->f.lap_sport < 0) {
			d->f.lap_sport = fit_enum(v[SL_SPORT]);
			d->f.lap_sub = fit_enum(v[SL_SUB]);
		}
		break;
	case M_EVENT:
		on_event(d, v);
		break;
	case M_ACTIVITY:
		on_activity(d, v);
		break;
	case M_TSCORR:
		on_tscorr(d, v);
		break;
	case M_DEVSET:
		on_devset(d, v);
		break;
	default:
		break;
	}
}

/* Sets d->why for a time t that delta would carry out of the FIT range;
 * returns -1. */
static int
shift_range(struct fit_dec *d, uint32_t t, int64_t delta)
{
	snprintf(d->why, sizeof(d->why),
		 "time %lu shifted by %lld s leaves the FIT range",
		 (unsigned long)t, (long long)delta);
	return -1;
}

/* Shifts the times of the data message at p (header h, definition df):
 * each time field, then the offset of a compressed header, re-aimed at
 * the moved time. Writes only when sh->apply. Returns 0, or -1 (d->why
 * set) when a time would leave the FIT range. */
static int
shift_message(struct fit_dec *d, struct fit_shift *sh, const uint8_t *buf,
	      size_t p, unsigned h, const struct fit_def *df)
{
	const uint8_t *m = buf + p + 1;
	int64_t y;

	for (unsigned i = 0; i < df->nref; i++) {
		const struct fit_ref *r = &df->ref[i];
		uint32_t x;

		if (r->kind != K_U32 && r->kind != K_U32Z && r->kind != K_S32)
			continue;
		x = ld32(m + r->off, df->be);
		if (x == 0xFFFFFFFF)
			continue;
		if (r->slot == SL_TS && !(h & 0x80)) {
			d->last_ts = x;
			d->have_ts = 1;
		}
		y = (int64_t)x + sh->delta;
		if (y < 0 || y > 0xFFFFFFFE)
			return shift_range(d, x, sh->delta);
		if (sh->apply)
			st32(sh->w + p + 1 + r->off, (uint32_t)y, df->be);
	}
	if ((h & 0x80) && d->have_ts) {
		uint32_t t = compressed_time(d, h);

		y = (int64_t)t + sh->delta;
		if (y < 0 || y > 0xFFFFFFFE)
			return shift_range(d, t, sh->delta);
		if (sh->apply)
			sh->w[p] = (uint8_t)((h & 0xE0) | (y & 0x1F));
	}
	return 0;
}

/* Walks the records of one FIT file in [p, end), decoding them (sh NULL)
 * or shifting their times (sh set). Returns W_OK at end; W_TRUNC when a
 * record runs past end; W_BAD on a malformed record, with d->why set.
 * *at gets the offset of the record where the walk stopped. */
static enum walk_end
walk(struct fit_dec *d, struct fit_shift *sh, const uint8_t *buf, size_t p,
     size_t end, size_t *at)
{
	while (p < end) {
		unsigned h = buf[p], local;
		const struct fit_def *df;

		if ((h & 0xC0) == 0x40) {
			size_t n = def_read(d, buf, p, end, h, sh != NULL);

			if (!n)
				break;
			p += n;
			continue;
		}
		local = h & 0x80 ? (h >> 5) & 3 : h & 0x0F;
		df = &d->def[local];
		if (!df->defined) {
			snprintf(d->why, sizeof(d->why),
				 "data message of undefined local type %u",
				 local);
			*at = p;
			return W_BAD;
		}
		if (df->size >= end - p)
			break; /* needs 1 + size bytes */
		if (!sh) {
			decode_message(d, buf + p + 1, h, df);
		} else if (shift_message(d, sh, buf, p, h, df)) {
			*at = p;
			return W_BAD;
		}
		p += 1 + df->size;
	}
	*at = p;
	return p < end ? W_TRUNC : W_OK;
}

/* Sets a's sport and surface from FIT sport and sub_sport (-1 unknown),
 * and whether the file stated it: sport_src FILE for a specific sport,
 * sport_vague for generic (0) and all (254), SPORT_SRC_NONE and the run
 * placeholder when no message says a sport. */
static void
map_sport(struct activity *a, int sport, int sub)
{
	a->surface = SURFACE_UNKNOWN;
	a->sport_src = sport >= 0 && sport != 0 && sport != 254
		       ? SPORT_SRC_FILE : SPORT_SRC_NONE;
	a->sport_vague = sport == 0 || sport == 254;
	switch (sport) {
	case -1: /* not said anywhere: a placeholder, see core/sport.h */
	case 1:  /* running */
		a->sport = SPORT_RUN;
		if (sport == 1)
			a->surface = sub == 1 ? SURFACE_TREADMILL
				   : sub == 2 ? SURFACE_ROAD
				   : sub == 3 ? SURFACE_TRAIL
				   : sub == 4 ? SURFACE_TRACK : SURFACE_UNKNOWN;
		break;
	case 2:
		a->sport = SPORT_RIDE;
		break;
	case 4: /* fitness_equipment: only its treadmill is a run */
		a->sport = sub == 1 ? SPORT_RUN : SPORT_OTHER;
		if (sub == 1)
			a->surface = SURFACE_TREADMILL;
		break;
	case 5:
		a->sport = SPORT_SWIM;
		break;
	case 11:
		a->sport = SPORT_WALK;
		break;
	case 17:
		a->sport = SPORT_HIKE;
		break;
	default:
		a->sport = SPORT_OTHER;
		break;
	}
}

/* talus keeps steps per minute on foot. FIT counts cycles a minute (for
 * running, strides: two steps each), plus a fraction in 1/128: so a step
 * rate is twice the cycle rate. More than 120 strides a minute (240 steps)
 * is no runner's: such a writer already put steps there, and it is kept.
 * Rides keep pedal rpm, as the GPX and TCX importers do; other sports'
 * cadence (swim strokes...) is unknown. */
static double
talus_cadence(struct activity *a, double cyc, double frac)
{
	double c;

	a->cadence_doubled = 0;
	if (isnan(cyc))
		return NAN;
	c = cyc + (isnan(frac) ? 0 : frac / 128);
	switch (a->sport) {
	case SPORT_RUN:
	case SPORT_WALK:
	case SPORT_HIKE:
		a->cadence_doubled = c <= 120;
		return c > 120 ? c : 2 * c;
	case SPORT_RIDE:
		return c;
	default:
		return NAN;
	}
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

/* Index of the first of ts[0..n) (sorted) that is >= t. */
static size_t
ts_bound(const uint32_t *ts, size_t n, uint32_t t)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ts[mid] < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A session's window start and its index, for ordering sessions. */
struct fit_win {
	uint32_t start;
	uint32_t i;
};

static int
cmp_win(const void *a, const void *b)
{
	const struct fit_win *x = a, *y = b;

	if (x->start != y->start)
		return (x->start > y->start) - (x->start < y->start);
	return (x->i > y->i) - (x->i < y->i);
}

/* The fastest mean speed over SPORT_SUSTAIN_S or more among the records
 * [lo, hi) (sorted by time), from the distance covered at each: for each
 * record, against the newest record at least that long before it. NAN
 * when no such pair has distances. */
static double
sustained(const struct fit_dec *d, size_t lo, size_t hi)
{
	double best = -1;

	for (size_t j = lo, i = lo; j < hi; j++) {
		if (isnan(d->cd[j]))
			continue;
		while (i + 1 < j && d->ts[i + 1] + (uint64_t)SPORT_SUSTAIN_S <=
				    d->ts[j])
			i++;
		if (d->ts[i] + (uint64_t)SPORT_SUSTAIN_S <= d->ts[j] &&
		    !isnan(d->cd[i])) {
			double sp = (d->cd[j] - d->cd[i]) /
				    (double)(d->ts[j] - d->ts[i]);

			if (sp > best)
				best = sp;
		}
	}
	return best >= 0 ? best : NAN;
}

/* Sets the points of the file's sessions: each timed record of the file
 * goes to the latest session that started at or before it, when it is not
 * past that session's end. So a record on the boundary of two sessions of
 * a multisport file counts once, in the later one. With cd_ok, also each
 * session's sustained speed over the same records. */
static void
file_points(struct fit_dec *d, int cd_ok)
{
	const struct fit_file *f = &d->f;
	const uint32_t *ts;
	size_t nts = d->nts - f->ts_begin, nw = 0;
	struct fit_win *w;

	if (d->nses == f->ses_begin)
		return;
	ts = nts ? d->ts + f->ts_begin : NULL;
	w = xreallocarray(NULL, d->nses - f->ses_begin, sizeof(*w));
	for (size_t i = f->ses_begin; i < d->nses; i++)
		if (!d->ses[i].drop && !d->ses[i].fallback) {
			w[nw].start = d->ses[i].win_start;
			w[nw++].i = (uint32_t)i;
		}
	qsort(w, nw, sizeof(*w), cmp_win);
	for (size_t k = 0, next = 0; k < nw; k++) {
		const struct fit_ses *s = &d->ses[w[k].i];
		uint64_t hi = (uint64_t)s->win_end + 1; /* exclusive */
		size_t lo_i, hi_i;

		if (next <= k)
			next = k + 1;
		while (next < nw && w[next].start == w[k].start)
			next++;
		if (next < nw && w[next].start < hi)
			hi = w[next].start;
		lo_i = ts_bound(ts, nts, s->win_start);
		hi_i = hi > UINT32_MAX ? nts : ts_bound(ts, nts, (uint32_t)hi);
		d->out->v[d->base + w[k].i].points =
			(int64_t)(hi_i > lo_i ? hi_i - lo_i : 0);
		if (cd_ok && hi_i > lo_i)
			d->out->v[d->base + w[k].i].sustained_mps =
				sustained(d, f->ts_begin + lo_i,
					  f->ts_begin + hi_i);
	}
	free(w);
}

/* Great-circle length of the file's kept positions, metres. */
static double
pos_length(const struct fit_dec *d)
{
	double sum = 0;

	for (size_t i = 2; i + 1 < d->npos; i += 2)
		sum += haversine_m(d->pos[i - 2] * SEMI_TO_DEG,
				   d->pos[i - 1] * SEMI_TO_DEG,
				   d->pos[i] * SEMI_TO_DEG,
				   d->pos[i + 1] * SEMI_TO_DEG);
	return sum;
}

/* Builds the activity of a file that has records but no session, and
 * returns it (NULL past FIT_MAX_SESSIONS). */
static struct activity *
file_fallback(struct fit_dec *d, int cd_ok)
{
	struct fit_file *f = &d->f;
	struct fit_ses *s;
	struct activity *a;

	if (d->nses >= FIT_MAX_SESSIONS) {
		d->too_many = 1;
		return NULL;
	}
	d->ses = xgrow(d->ses, sizeof(*d->ses), d->nses + 1, &d->ases);
	s = &d->ses[d->nses++];
	memset(s, 0, sizeof(*s));
	s->fallback = 1;
	a = activity_vec_push(d->out);
	map_sport(a, f->sport >= 0 ? f->sport : f->lap_sport,
		  f->sport >= 0 ? f->sub : f->lap_sub);
	if (cd_ok)
		a->sustained_mps = sustained(d, f->ts_begin, d->nts);
	a->has_time = 1;
	a->start_utc = (int64_t)f->first_ts + FIT_EPOCH_UNIX;
	if (f->last_ts >= f->first_ts)
		a->elapsed_s = f->last_ts - f->first_ts;
	if (f->timer_seen) {
		if (f->timer_on && f->last_ts >= f->timer_since)
			f->timer_s += f->last_ts - f->timer_since;
		a->moving_s = f->timer_s;
	}
	if (!isnan(f->last_dist))
		a->distance_m = f->last_dist;
	else if (f->csd_prev >= 0)
		a->distance_m = f->csd_dist;
	else if (d->npos >= 4)
		a->distance_m = pos_length(d);
	if (f->hr_n)
		a->avg_hr = f->hr_sum / (double)f->hr_n;
	if (f->cad_n)
		a->avg_cadence = talus_cadence(a, f->cad_sum / (double)f->cad_n,
					       NAN);
	a->points = (int64_t)(d->nts - f->ts_begin);
	a->truncated = f->truncated;
	return a;
}

/* A date_time of the file as UTC: a system time (below FIT_SYSTIME_MAX)
 * moved by the file's correlation, when it has one; others as they are. */
static uint32_t
file_time(const struct fit_file *f, uint32_t t)
{
	int64_t u;

	if (t >= FIT_SYSTIME_MAX || !f->corr_ok)
		return t;
	u = (int64_t)t + f->corr;
	return u >= 0 && u <= 0xFFFFFFFE ? (uint32_t)u : t;
}

/* The same for a decoded value (NAN stays NAN). */
static double
file_time_v(const struct fit_file *f, double x)
{
	uint32_t t;

	return fit_time(&t, x) ? (double)file_time(f, t) : x;
}

/* Carries the file's system times to UTC through its correlation
 * (timestamp_correlation, or device_settings.utc_offset), before anything
 * is measured from them. Returns 1 when the records are still in time
 * order. */
static int
file_fix_times(struct fit_dec *d)
{
	struct fit_file *f = &d->f;
	int sorted = f->ts_sorted;

	if (!f->corr_ok)
		return sorted;
	for (size_t i = f->ts_begin; i < d->nts; i++) {
		d->ts[i] = file_time(f, d->ts[i]);
		if (i > f->ts_begin && d->ts[i] < d->ts[i - 1])
			sorted = 0;
	}
	f->first_ts = file_time(f, f->first_ts);
	f->last_ts = file_time(f, f->last_ts);
	f->timer_since = file_time(f, f->timer_since);
	f->act_ts = file_time(f, f->act_ts);
	for (size_t i = f->ses_begin; i < d->nses; i++) {
		d->ses[i].start = file_time_v(f, d->ses[i].start);
		d->ses[i].end = file_time_v(f, d->ses[i].end);
	}
	return sorted;
}

/* What the file says about the activity a beyond its session: the
 * device, power, gear changes, the local time offset; and the start
 * before 2000 that deserves a warning. */
static void
file_clues(struct fit_dec *d, struct activity *a, int power)
{
	const struct fit_file *f = &d->f;
	int32_t zone;

	if (f->mfr >= 0)
		a->bike_device = (uint8_t)device_fit_bike(a->device,
			sizeof(a->device), (unsigned)f->mfr,
			f->product >= 0 ? (unsigned)f->product : 0xFFFF);
	a->has_power = (uint8_t)(power || f->power_seen);
	a->has_gear_changes = (uint8_t)f->gears;
	/* The device's local clock against UTC, as a zone: a clock that
	 * is no zone's (a 1,080 s difference) is no offset. */
	if (f->act_seen && f->act_ts >= FIT_SYSTIME_MAX &&
	    f->act_local >= FIT_SYSTIME_MAX &&
	    utc_offset_zone(&zone, (int64_t)f->act_local - f->act_ts) == 0) {
		a->has_offset = 1;
		a->utc_offset_s = zone;
		a->offset_src = OFFSET_SRC_DEVICE;
	}
	if (a->start_utc < (int64_t)FIT_Y2000 + FIT_EPOCH_UNIX &&
	    d->old_n++ == 0)
		d->old_first = (uint32_t)(a->start_utc - FIT_EPOCH_UNIX);
}

/* Settles the sessions of the file just walked, now that its sport,
 * local-time offset, records and fate are known. A session whose start is
 * still a system time (no correlation in the file) has no real date: it
 * is dropped, and counted in d->relative. */
static void
file_end(struct fit_dec *d)
{
	struct fit_file *f = &d->f;
	size_t nts = d->nts - f->ts_begin;
	int cd_ok;

	if (f->type >= 0 && f->type != 4 && f->type != 20) {
		/* Not an activity (4) or activity summary (20): a course,
		 * workout, settings, monitoring... has no run in it. */
		d->nonact_type = f->type;
		d->out->n = d->base + f->ses_begin;
		d->nses = f->ses_begin;
		d->nts = f->ts_begin;
		return;
	}
	/* The distances of cd[] follow the records in file order: they
	 * measure speed only while that is time order. */
	cd_ok = file_fix_times(d);
	if (!cd_ok && nts) /* none: d->ts may be NULL */
		qsort(d->ts + f->ts_begin, nts, sizeof(*d->ts), cmp_u32);
	for (size_t i = f->ses_begin; i < d->nses; i++) {
		struct fit_ses *s = &d->ses[i];
		struct activity *a = &d->out->v[d->base + i];
		uint32_t start, end;
		double el = s->elapsed;

		map_sport(a, s->sport >= 0 ? s->sport
			  : f->sport >= 0 ? f->sport : f->lap_sport,
			  s->sport >= 0 ? s->sub
			  : f->sport >= 0 ? f->sub : f->lap_sub);
		a->avg_cadence = talus_cadence(a, s->cad, s->frac);
		/* Start: the session's start_time; else its end less its
		 * duration; else its file's first record. */
		if (!fit_time(&start, s->start)) {
			if (fit_time(&end, s->end) && el >= 0 && el <= end)
				start = end - (uint32_t)lround(el);
			else if (nts)
				start = f->first_ts;
			else {
				s->drop = 1;
				continue;
			}
		}
		if (start < FIT_SYSTIME_MAX) {
			s->drop = 1;
			d->relative++;
			continue;
		}
		a->start_utc = (int64_t)start + FIT_EPOCH_UNIX;
		/* Wall-clock time: total_elapsed_time, else end - start;
		 * never less than the timer time, which it contains (some
		 * writers put a smaller number there). */
		if (isnan(el) && fit_time(&end, s->end) && end >= start)
			el = end - start;
		if (!isnan(a->moving_s) && (isnan(el) || a->moving_s > el))
			el = a->moving_s;
		a->elapsed_s = el;
		/* Points: the file's records timed within the session. */
		s->win_start = start;
		s->win_end = start;
		if (fit_time(&end, s->end) && end > s->win_end)
			s->win_end = end;
		if (el >= 0 && start + ceil(el) <= 4294967294.0 &&
		    start + (uint32_t)ceil(el) > s->win_end)
			s->win_end = start + (uint32_t)ceil(el);
		if (isnan(el) && !fit_time(&end, s->end) && nts &&
		    f->last_ts > s->win_end)
			s->win_end = f->last_ts;
		a->truncated = f->truncated;
		file_clues(d, a, s->power);
	}
	file_points(d, cd_ok);
	if (f->nsessions == 0 && f->nrec > 0) {
		if (!nts) {
			d->untimed = 1;
		} else if (f->first_ts < FIT_SYSTIME_MAX) {
			d->relative++;
		} else {
			struct activity *a = file_fallback(d, cd_ok);

			if (a)
				file_clues(d, a, 0);
		}
	}
}

/* Reads a file header at h: 1 and its size and data size when valid. */
static int
header_at(const uint8_t *h, size_t avail, size_t *hs, uint32_t *ds)
{
	if (avail < 12 || (h[0] != 12 && h[0] != 14) || h[0] > avail ||
	    memcmp(h + 8, ".FIT", 4) != 0)
		return 0;
	*hs = h[0];
	*ds = ld32(h + 4, 0);
	return 1;
}

static int
all_zero(const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return 0;
	return 1;
}

int
fit_decode(struct activity_vec *out, const uint8_t *buf, size_t len,
	   struct talus_err *err)
{
	struct fit_dec *d = xcalloc(1, sizeof(*d));
	size_t p = 0, nfiles = 0, kept;
	int rc = 0;

	d->out = out;
	d->base = out->n;
	d->nonact_type = -1;
	if (!buf)
		len = 0;
	while (p < len) {
		size_t hs, data_end, at;
		uint32_t ds;
		uint64_t dend;
		int cut;
		enum walk_end we;

		if (!header_at(buf + p, len - p, &hs, &ds)) {
			if (nfiles == 0) {
				rc = err_set(err, TALUS_EPARSE, "not a FIT "
					     "file: bad header at byte %zu", p);
				goto done;
			}
			if (!all_zero(buf + p, len - p))
				dec_warn(d, "bad header at byte %zu: ignored "
					 "the last %zu bytes", p, len - p);
			break;
		}
		if (hs == 14 && (buf[p + 12] | buf[p + 13]) &&
		    fit_crc16(0, buf + p, 12) != ld16(buf + p + 12, 0))
			dec_warn(d, "header CRC mismatch at byte %zu", p);
		dend = (uint64_t)p + hs + ds;
		cut = dend > len;
		data_end = cut ? len : (size_t)dend;
		file_begin(d);
		we = walk(d, NULL, buf, p + hs, data_end, &at);
		if (we == W_OK && cut)
			we = W_TRUNC;
		if (we != W_OK) {
			char msg[160];

			d->f.truncated = 1;
			if (we == W_TRUNC)
				snprintf(msg, sizeof(msg),
					 "truncated at byte %zu", at);
			else
				snprintf(msg, sizeof(msg),
					 "bad data at byte %zu (%s)", at,
					 d->why);
			dec_warn(d, "%s: kept %lld records", msg,
				 (long long)d->f.nrec);
			if (!d->stop[0])
				memcpy(d->stop, msg, sizeof(msg));
		}
		if (!cut && dend + 2 <= len) {
			if (fit_crc16(0, buf + p, (size_t)dend - p) !=
			    ld16(buf + (size_t)dend, 0))
				dec_warn(d, "file CRC mismatch at byte %zu",
					 (size_t)dend);
		} else if (!cut) {
			dec_warn(d, "no file CRC at byte %zu", (size_t)dend);
		}
		file_end(d);
		nfiles++;
		if (cut)
			break;
		p = (size_t)dend + 2;
	}

	/* Drop the sessions that had no time at all. */
	kept = 0;
	for (size_t i = 0; i < d->nses; i++) {
		if (d->ses[i].drop)
			continue;
		if (kept != i)
			out->v[d->base + kept] = out->v[d->base + i];
		kept++;
	}
	out->n = d->base + kept;
	if (d->too_many)
		dec_warn(d, "more than %d sessions: kept the first %d",
			 FIT_MAX_SESSIONS, FIT_MAX_SESSIONS);
	if (kept == 0) {
		if (d->nonact_type >= 0)
			rc = err_set(err, TALUS_EPARSE,
				     "not an activity file (file type %d)",
				     d->nonact_type);
		else if (d->relative)
			rc = err_set(err, TALUS_EPARSE, "device-relative times "
				     "and no timestamp_correlation message: "
				     "the real date is unknown");
		else if (d->untimed)
			rc = err_set(err, TALUS_EPARSE,
				     "no session messages, and no record "
				     "carries a timestamp");
		else if (d->stop[0] && d->nwarn > 1)
			/* The damage that stopped it, and the rest. */
			rc = err_set(err, TALUS_EPARSE,
				     "%s: no session or record messages (%s)",
				     d->stop, d->warn);
		else if (d->stop[0])
			rc = err_set(err, TALUS_EPARSE,
				     "%s: no session or record messages",
				     d->stop);
		else if (d->wlen)
			rc = err_set(err, TALUS_EPARSE,
				     "no session or record messages (%s)",
				     d->warn);
		else
			rc = err_set(err, TALUS_EPARSE,
				     "no session or record messages");
		goto done;
	}
	if (d->relative)
		dec_warn(d, "skipped %d session%s with device-relative times "
			 "and no timestamp_correlation message: the real date "
			 "is unknown", d->relative, d->relative == 1 ? "" : "s");
	if (d->old_n) {
		char day[32];

		utc_format(day, (int64_t)d->old_first + FIT_EPOCH_UNIX);
		day[10] = '\0';
		dec_warn(d, "%lld activit%s start%s before 2000 (the first on "
			 "%s): is the device's clock set?", (long long)d->old_n,
			 d->old_n == 1 ? "y" : "ies", d->old_n == 1 ? "s" : "",
			 day);
	}
	if (d->wlen)
		err_warn(err, "%s", d->warn);
	else
		err_clear(err);
done:
	if (rc)
		out->n = d->base;
	free(d->ses);
	free(d->ts);
	free(d->cd);
	free(d->pos);
	free(d);
	return rc;
}

int
fit_shift_timestamps(uint8_t *buf, size_t len, int64_t delta_s,
		     struct talus_err *err)
{
	struct fit_dec *d;
	struct fit_shift sh;
	int rc = 0;

	if (delta_s < -(int64_t)UINT32_MAX || delta_s > (int64_t)UINT32_MAX)
		return err_set(err, TALUS_EPARSE,
			       "shift of %lld s is out of the FIT time range",
			       (long long)delta_s);
	d = xcalloc(1, sizeof(*d));
	sh.w = buf;
	sh.delta = delta_s;
	/* Pass 0 checks the whole chain; pass 1 writes. */
	for (sh.apply = 0; sh.apply < 2; sh.apply++) {
		size_t p = 0, nfiles = 0;

		while (p < len) {
			size_t hs, at;
			uint32_t ds;
			uint64_t dend;
			enum walk_end we;

			if (!header_at(buf + p, len - p, &hs, &ds)) {
				if (nfiles && all_zero(buf + p, len - p))
					break;
				rc = err_set(err, TALUS_EPARSE,
					     "%sbad header at byte %zu",
					     nfiles ? "" : "not a FIT file: ",
					     p);
				goto done;
			}
			dend = (uint64_t)p + hs + ds;
			if (dend + 2 > len) {
				rc = err_set(err, TALUS_EPARSE, "truncated "
					     "at byte %zu: no file CRC", len);
				goto done;
			}
			memset(d->def, 0, sizeof(d->def));
			d->have_ts = 0;
			we = walk(d, &sh, buf, p + hs, (size_t)dend, &at);
			if (we != W_OK) {
				rc = err_set(err, TALUS_EPARSE,
					     "%s at byte %zu",
					     we == W_TRUNC
					     ? "record overruns the data"
					     : d->why, at);
				goto done;
			}
			if (sh.apply) {
				uint16_t c;

				if (hs == 14 && (buf[p + 12] | buf[p + 13])) {
					c = fit_crc16(0, buf + p, 12);
					buf[p + 12] = (uint8_t)(c & 0xFF);
					buf[p + 13] = (uint8_t)(c >> 8);
				}
				c = fit_crc16(0, buf + p, (size_t)dend - p);
				buf[dend] = (uint8_t)(c & 0xFF);
				buf[dend + 1] = (uint8_t)(c >> 8);
			}
			nfiles++;
			p = (size_t)dend + 2;
		}
		if (!nfiles) {
			rc = err_set(err, TALUS_EPARSE,
				     "not a FIT file: bad header at byte 0");
			goto done;
		}
	}
	err_clear(err);
done:
	free(d);
	return rc;
}
