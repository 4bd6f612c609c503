// Posts incidents to a running Uptime Kuma 2 the way its own admin page does (socket.io event
// "postIncident" on a status page), CONCURRENCY sockets each waiting for its answer before the
// next post, for SECONDS, and prints "rps p50_ms p99_ms max_ms errors" on one line: the figure
// issue 16 quotes for Uptime Kuma, measured on this machine in the same run as ours.
// First use of a fresh Uptime Kuma: creates the admin user and the status page "bench".
// Usage: node post-incidents.js URL CONCURRENCY SECONDS   (needs socket.io-client, from Kuma's own modules)
"use strict";
const { io } = require("socket.io-client");

const [url, concurrency, seconds] = [process.argv[2], Number(process.argv[3] || 1), Number(process.argv[4] || 10)];
const user = { username: "bench", password: "bench-Passw0rd-1" };
const slug = "bench";
const incident = {
    title: "Database Connectivity Issues",
    content: "We are investigating reports of database timeouts.",
    style: "danger",
};

const connect = () => new Promise((resolve, reject) => {
    const socket = io(url, { transports: [ "websocket" ], reconnection: false });
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
});
const emit = (socket, event, ...args) => new Promise((resolve) => socket.emit(event, ...args, resolve));

async function loggedIn(token) {
    const socket = await connect();
    if (token) {
        const answer = await emit(socket, "loginByToken", token);
        if (!answer.ok) {
            throw new Error("loginByToken: " + JSON.stringify(answer));
        }
        return { socket, token };
    }
    if (await emit(socket, "needSetup")) {
        const answer = await emit(socket, "setup", user.username, user.password);
        if (!answer.ok) {
            throw new Error("setup: " + answer.msg);
        }
    }
    const answer = await emit(socket, "login", { ...user, token: "" });
    if (!answer.ok) {
        throw new Error("login: " + JSON.stringify(answer));
    }
    // An existing page answers "already taken"; both are fine.
    await emit(socket, "addStatusPage", "Bench", slug);
    return { socket, token: answer.token };
}

async function main() {
    const first = await loggedIn(null);
    const sockets = [ first.socket ];
    while (sockets.length < concurrency) {
        sockets.push((await loggedIn(first.token)).socket);
    }
    const latencies = [];
    let errors = 0;
    const started = process.hrtime.bigint();
    const end = started + BigInt(Math.round(seconds * 1e9));
    await Promise.all(sockets.map(async (socket) => {
        while (process.hrtime.bigint() < end) {
            const t0 = process.hrtime.bigint();
            const answer = await emit(socket, "postIncident", slug, incident);
            latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
            if (!answer.ok) {
                errors++;
            }
        }
    }));
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    latencies.sort((a, b) => a - b);
    const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
    console.log([ (latencies.length / elapsed).toFixed(2), at(0.5).toFixed(2), at(0.99).toFixed(2), latencies[latencies.length - 1].toFixed(2), errors ].join(" "));
    sockets.forEach((s) => s.close());
}

main().catch((e) => {
    console.error(e.message);
    process.exit(1);
});
