# Paperboy as a container: `docker build -t paperboy .` then
#   docker run -d --name paperboy --env-file .env -v paperboy-data:/data -v "$PWD/pages:/pages" paperboy
# The container runs `node` itself as PID 1 (no npm or tsx between), so `docker stop` (SIGTERM) reaches the bot and it
# stops gracefully within 8 s, under Docker's default 10 s stop timeout. See docs/operations.md.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 and @node-rs/jieba ship prebuilt binaries for linux x64/arm64; the toolchain is the fallback.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/data/paperboy.db \
    ARTICLES_DIR=/pages \
    HEALTH_PORT=8080 \
    HEALTH_HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The sample pages, used when nothing is mounted on /pages.
COPY seeds /pages
RUN mkdir -p /data && chown node:node /data
USER node
# /data: the SQLite database (and its -wal, -shm and .lock files). /pages: the newspaper page files.
VOLUME ["/data", "/pages"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:8080/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
