#ifndef NET_SOCKET_H
#define NET_SOCKET_H
int socket_open(void);
#endif
