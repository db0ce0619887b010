# Node 22 LTS (CI runs the unit and end-to-end suites on it as well as on Node 20: .ci/run).
# Build stage: full install (argon2 compiles from source) and the compiled server, worker and command line.
FROM node:22-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nest build api && npm run build:web && npm prune --omit=dev

# Run stage: the compiled server and production dependencies, as an unprivileged user.
FROM node:22-bookworm-slim
# Production refuses to start without JWT_SECRET (at least 32 bytes, not a placeholder: generate it
# with `openssl rand -base64 48`); pass it and BOOTSTRAP_ADMIN_* at run time, never in the image.
ENV NODE_ENV=production
# Two malloc arenas keep the memory the server's threads free (libuv pool: password hashing, zip)
# reusable instead of one arena per thread holding its peak (docs/exchange.md, "Memory").
ENV MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
COPY package.json ./
USER node
EXPOSE 3000
# The flags are scripts/server-node-flags.js (a heap cap that keeps memory flat under load).
# The same image runs the worker (docker-compose.yml) and the command line:
#   docker compose run --rm worker node dist/apps/cli/src/main.js report --plan <id>
CMD ["node", "--max-old-space-size=192", "dist/apps/api/src/main.js"]
